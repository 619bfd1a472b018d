package org.opencsc.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.IntegrationTest;
import org.opencsc.child.CaseEventKind;
import org.opencsc.child.ChildRecordService;
import org.opencsc.child.PersonForms;
import org.opencsc.chronology.ChronologyForms.EventForm;
import org.opencsc.frontdoor.FrontDoorForms.ContactForm;
import org.opencsc.frontdoor.FrontDoorService;
import org.opencsc.platform.DateParts;
import org.opencsc.security.Role;
import org.opencsc.security.TestStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The chronology reads each part of the record once for the whole child: a child with hundreds of
 * events costs the same number of SQL statements as a child with a few. Statements are counted on
 * the connections the application's data source hands out.
 */
@IntegrationTest
@Import(ChronologyQueriesIT.CountedStatements.class)
class ChronologyQueriesIT {

    static final AtomicInteger STATEMENTS = new AtomicInteger();
    /** Only the reading thread's statements count: the indicators' refresh runs beside it every few seconds. */
    static volatile Thread counted;

    @TestConfiguration
    static class CountedStatements {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }

        private static DataSource counting(DataSource target) {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                var result = invoke(target, method, args);
                return result instanceof Connection connection ? counting(connection) : result;
            });
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                if ((method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                        || method.getName().equals("prepareCall")) && Thread.currentThread() == counted) {
                    STATEMENTS.incrementAndGet();
                }
                return invoke(target, method, args);
            });
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }
    }

    @Autowired
    ChildRecordService records;
    @Autowired
    ChronologyService chronology;
    @Autowired
    FrontDoorService frontDoor;
    @Autowired
    TestStaff staff;

    @BeforeEach
    void signIn() {
        TestStaff.signInAs(staff.create(Role.SOCIAL_WORKER));
    }

    @AfterEach
    void signOut() {
        TestStaff.signOut();
    }

    private long childWith(int events) {
        var child = records.create(PersonForms.child("Counted", "Child" + System.nanoTime() % 100000, "1", "1", "2012"));
        frontDoor.recordContact(child, new ContactForm(DateParts.of(LocalDate.of(2020, 1, 6)), "2A", "School worried."));
        for (int n = 0; n < events; n++) {
            var day = LocalDate.of(2020, 2, 1).plusDays(n * 3L);
            records.recordEvent(child, CaseEventKind.DENTAL_CHECK, day, "dental_check");
            chronology.add(child, new EventForm(DateParts.of(day), "OTHER", "Event " + n, "Impact " + n, "School", null));
        }
        return child;
    }

    private int statementsToRead(long child) {
        STATEMENTS.set(0);
        counted = Thread.currentThread();
        var lines = chronology.lines(child);
        counted = null;
        assertThat(lines).isNotEmpty();
        return STATEMENTS.get();
    }

    @Test
    void aChildWithHundredsOfEventsCostsTheSameStatementsAsAChildWithAFew() {
        var few = childWith(2);
        var many = childWith(300);
        assertThat(chronology.lines(many)).hasSize(1 + 2 * 300);
        var forFew = statementsToRead(few);
        assertThat(forFew).as("the statements are counted").isPositive();
        assertThat(statementsToRead(many)).isEqualTo(forFew);
    }
}
