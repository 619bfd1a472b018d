package org.opencsc.timescales;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BankHolidayRepository {

    private final JdbcClient jdbc;

    BankHolidayRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BankHoliday> all() {
        return jdbc.sql("select day, name, source from bank_holiday order by day")
                .query((row, n) -> new BankHoliday(row.getObject("day", LocalDate.class), row.getString("name"),
                        BankHoliday.Source.valueOf(row.getString("source"))))
                .list();
    }

    boolean yearIsKept(int year) {
        return jdbc.sql("select exists (select 1 from bank_holiday where day between :from and :to)")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query(Boolean.class)
                .single();
    }

    void insert(BankHoliday holiday, String username) {
        jdbc.sql("insert into bank_holiday (day, name, source, changed_by) values (:day, :name, :source, :username)")
                .param("day", holiday.day())
                .param("name", holiday.name())
                .param("source", holiday.source().name())
                .param("username", username)
                .update();
    }

    boolean delete(LocalDate day) {
        return jdbc.sql("delete from bank_holiday where day = :day").param("day", day).update() == 1;
    }
}
