package org.opencsc.returns.cin;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.opencsc.child.LaChildId;
import org.opencsc.platform.CurrentAuthority;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.cin.CensusChild.Assessment;
import org.opencsc.returns.cin.CensusChild.CinPlan;
import org.opencsc.returns.cin.CensusChild.CpPlan;
import org.opencsc.returns.cin.CensusChild.Enquiry;
import org.opencsc.returns.cin.CensusChild.Episode;
import org.opencsc.returns.cin.CensusChild.PreProceedings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the census year in eight queries, one a kind of record, each ordered by child, and walks
 * them side by side: a child's rows are joined as the cursors pass them, so memory holds one child
 * at a time however large the authority. Inside a read-only transaction PostgreSQL hands the rows
 * over a batch at a time (the fetch size) instead of all at once.
 */
@Repository
class CinCensusRepository {

    /** The CIN episodes of the census: referred by the year's end and not closed before it began. */
    private static final String EPISODES = """
            with episode as (
                select id, person_id from referral
                where authority_id = :authority and referral_date <= :end and (closure_date is null or closure_date >= :start))
            """;

    private final JdbcClient jdbc;
    private final CurrentAuthority authority;

    CinCensusRepository(DataSource dataSource, CurrentAuthority authority) {
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(2_000);
        this.jdbc = JdbcClient.create(template);
        this.authority = authority;
    }

    /** Hands over every child of the census, in person id order, each with all their episodes. */
    @Transactional(readOnly = true)
    public void eachChild(CollectionYear year, Consumer<CensusChild> sink) {
        try (var children = rows(year, CHILDREN, CinCensusRepository::child);
             var referrals = rows(year, REFERRALS, CinCensusRepository::referral);
             var assessments = rows(year, ASSESSMENTS, CinCensusRepository::assessment);
             var cinPlans = rows(year, CIN_PLANS, CinCensusRepository::cinPlan);
             var enquiries = rows(year, ENQUIRIES, CinCensusRepository::enquiry);
             var cpPlans = rows(year, CP_PLANS, CinCensusRepository::cpPlan);
             var reviews = rows(year, REVIEWS, CinCensusRepository::review);
             var preProceedings = rows(year, PRE_PROCEEDINGS, CinCensusRepository::preProceedings)) {
            var referralRows = new Cursor<>(referrals, Row::personId);
            var assessmentRows = new Cursor<>(assessments, Row::personId);
            var cinPlanRows = new Cursor<>(cinPlans, Row::personId);
            var enquiryRows = new Cursor<>(enquiries, Row::personId);
            var cpPlanRows = new Cursor<>(cpPlans, Row::personId);
            var reviewRows = new Cursor<>(reviews, Row::personId);
            var preProceedingsRows = new Cursor<>(preProceedings, Row::personId);
            children.forEach(child -> {
                var id = child.personId();
                var planReviews = reviewRows.take(id);
                var plans = cpPlanRows.take(id).stream().map(row -> row.map(plan -> withReviews(plan, planReviews))).toList();
                var episodes = episodes(referralRows.take(id), assessmentRows.take(id), cinPlanRows.take(id), enquiryRows.take(id), plans,
                        preProceedingsRows.take(id));
                sink.accept(child.withEpisodes(episodes));
            });
        }
    }

    private static CpPlan withReviews(CpPlan plan, List<Row<LocalDate>> reviews) {
        return new CpPlan(plan.id(), plan.startDate(), plan.endDate(), plan.initialCategory(), plan.latestCategory(), plan.previousPlans(),
                reviews.stream().filter(review -> review.referralId() == plan.id()).map(Row::value).toList());
    }

    /**
     * Each record joins the episode it was recorded under. Pre-proceedings belong to the child, not
     * a referral, so they join the episode open on the day of the legal gateway decision, or the
     * child's latest episode when none was.
     */
    private static List<Episode> episodes(List<Row<Episode>> referrals, List<Row<Assessment>> assessments, List<Row<CinPlan>> cinPlans,
                                          List<Row<Enquiry>> enquiries, List<Row<CpPlan>> cpPlans, List<Row<PreProceedings>> preProceedings) {
        var episodes = new ArrayList<Episode>(referrals.size());
        for (var referral : referrals) {
            var episode = referral.value();
            var id = episode.referralId();
            var own = preProceedings.stream().filter(p -> belongsTo(p.value(), episode, referrals)).map(Row::value).toList();
            episodes.add(new Episode(id, episode.referralDate(), episode.source(), episode.primaryNeed(), episode.closureDate(),
                    episode.closureReason(), episode.nfa(), of(assessments, id), of(cinPlans, id), of(enquiries, id), of(cpPlans, id), own));
        }
        return episodes;
    }

    private static boolean belongsTo(PreProceedings pre, Episode episode, List<Row<Episode>> all) {
        var holding = all.stream().map(Row::value)
                .filter(e -> !e.referralDate().isAfter(pre.startDate()) && (e.closureDate() == null || !e.closureDate().isBefore(pre.startDate())))
                .findFirst()
                .orElse(all.getLast().value());
        return holding.referralId() == episode.referralId();
    }

    private static <T> List<T> of(List<Row<T>> rows, long referralId) {
        return rows.stream().filter(row -> row.referralId() == referralId).map(Row::value).toList();
    }

    private <T> Stream<T> rows(CollectionYear year, String sql, RowMapper<T> mapper) {
        return jdbc.sql(sql)
                .param("authority", authority.id())
                .param("start", year.start())
                .param("end", year.end())
                .query(mapper)
                .stream();
    }

    /** A record with the child and the episode (or plan) it belongs to. */
    record Row<T>(long personId, long referralId, T value) {

        <U> Row<U> map(Function<T, U> change) {
            return new Row<>(personId, referralId, change.apply(value));
        }
    }

    /** One query's rows, ordered by child, handed out a child at a time. */
    private static final class Cursor<T> {

        private final Iterator<T> rows;
        private final ToLongFunction<T> child;
        private T next;

        Cursor(Stream<T> rows, ToLongFunction<T> child) {
            this.rows = rows.iterator();
            this.child = child;
            this.next = this.rows.hasNext() ? this.rows.next() : null;
        }

        List<T> take(long personId) {
            while (next != null && child.applyAsLong(next) < personId) {
                advance();
            }
            var taken = new ArrayList<T>();
            while (next != null && child.applyAsLong(next) == personId) {
                taken.add(next);
                advance();
            }
            return taken;
        }

        private void advance() {
            next = rows.hasNext() ? rows.next() : null;
        }
    }

    private static final String CHILDREN = EPISODES + """
            select p.id, p.la_child_id, p.upn, p.former_upn, p.upn_unknown_reason, p.date_of_birth, p.expected_date_of_birth, p.sex,
                   case when p.date_of_death <= :end then p.date_of_death end as date_of_death, p.ethnicity,
                   coalesce(d.codes, '{}') as disabilities
            from person p
            left join (select person_id, array_agg(code order by code) as codes from person_disability group by person_id) d
                   on d.person_id = p.id
            where p.authority_id = :authority and p.id in (select person_id from episode)
            order by p.id
            """;

    private static final String REFERRALS = EPISODES + """
            select r.id, r.person_id, r.referral_date, r.source, r.primary_need,
                   case when r.closure_date <= :end then r.closure_date end as closure_date,
                   case when r.closure_date <= :end then r.closure_reason end as closure_reason,
                   r.nfa and r.closure_date <= :end as nfa
            from referral r join episode e on e.id = r.id
            order by r.person_id, r.referral_date, r.id
            """;

    /** Completed in the year, or still open at its end (an assessment authorised later was open then). */
    private static final String ASSESSMENTS = EPISODES + """
            select a.id, a.person_id, a.referral_id, a.start_date,
                   case when a.authorised_date <= :end then a.authorised_date end as authorised_date, a.factors
            from assessment a join episode e on e.id = a.referral_id
            where a.start_date <= :end and (a.authorised_date is null or a.authorised_date >= :start)
            order by a.person_id, a.start_date, a.id
            """;

    private static final String CIN_PLANS = EPISODES + """
            select c.id, c.person_id, c.referral_id, c.start_date, case when c.end_date <= :end then c.end_date end as end_date
            from cin_plan c join episode e on e.id = c.referral_id
            where c.start_date <= :end and (c.end_date is null or c.end_date >= :start)
            order by c.person_id, c.start_date, c.id
            """;

    /** An enquiry ends at its initial conference or with no conference needed; one ended before the year is not sent. */
    private static final String ENQUIRIES = EPISODES + """
            select s.id, s.person_id, d.referral_id, s.strategy_discussion_id, s.start_date, s.icpc_target_date,
                   case when c.conference_date <= :end then c.conference_date end as icpc_date,
                   coalesce(s.outcome = 'NO_CONFERENCE' and s.end_date <= :end, false) as icpc_not_required
            from s47_enquiry s
            join strategy_discussion d on d.id = s.strategy_discussion_id
            join episode e on e.id = d.referral_id
            left join cp_conference c on c.s47_id = s.id and c.kind = 'INITIAL'
            where s.start_date <= :end and (s.end_date is null or s.end_date >= :start)
            order by s.person_id, s.start_date, s.id
            """;

    /** Previous plans count every earlier plan of the child, in the year or before it. */
    private static final String CP_PLANS = EPISODES + """
            select p.id, p.person_id, p.referral_id, p.start_date, case when p.end_date <= :end then p.end_date end as end_date,
                   p.initial_category, p.latest_category, p.previous
            from (select cp_plan.*, rank() over (partition by person_id order by start_date) - 1 as previous
                  from cp_plan where authority_id = :authority) p
            join episode e on e.id = p.referral_id
            where p.start_date <= :end and (p.end_date is null or p.end_date >= :start)
            order by p.person_id, p.start_date, p.id
            """;

    /** Review conferences held in the year; the row's second key is the plan reviewed. */
    private static final String REVIEWS = EPISODES + """
            select c.person_id, c.plan_id, c.conference_date
            from cp_conference c
            join cp_plan p on p.id = c.plan_id
            join episode e on e.id = p.referral_id
            where c.kind = 'REVIEW' and c.conference_date between :start and :end
            order by c.person_id, c.plan_id, c.conference_date
            """;

    /** Pre-proceedings open at some point in the year, for children with an episode in it. */
    private static final String PRE_PROCEEDINGS = EPISODES + """
            select p.id, p.person_id, p.gateway_date, case when p.end_date <= :end then p.end_date end as end_date,
                   p.fgdm_offered, case when p.fgdm_date <= :end then p.fgdm_date end as fgdm_date
            from pre_proceedings p
            where p.authority_id = :authority and p.gateway_date <= :end and (p.end_date is null or p.end_date >= :start)
              and p.person_id in (select person_id from episode)
            order by p.person_id, p.gateway_date, p.id
            """;

    private static CensusChild child(ResultSet r, int n) throws SQLException {
        var laChildId = r.getString("la_child_id");
        return new CensusChild(r.getLong("id"), laChildId == null || laChildId.isBlank() ? LaChildId.forRecord(r.getLong("id")) : laChildId, r.getString("upn"), r.getString("former_upn"),
                r.getString("upn_unknown_reason"), date(r, "date_of_birth"), date(r, "expected_date_of_birth"), r.getString("sex"),
                date(r, "date_of_death"), r.getString("ethnicity"), codes(r.getArray("disabilities")), List.of());
    }

    private static Row<Episode> referral(ResultSet r, int n) throws SQLException {
        return new Row<>(r.getLong("person_id"), r.getLong("id"), new Episode(r.getLong("id"), date(r, "referral_date"), r.getString("source"),
                r.getString("primary_need"), date(r, "closure_date"), r.getString("closure_reason"), r.getBoolean("nfa"), List.of(), List.of(),
                List.of(), List.of(), List.of()));
    }

    private static Row<Assessment> assessment(ResultSet r, int n) throws SQLException {
        var authorised = date(r, "authorised_date");
        // Factors are only sent for a completed assessment; until then they are the worker's draft.
        var factors = authorised == null ? List.<String>of() : codes(r.getArray("factors"));
        return new Row<>(r.getLong("person_id"), r.getLong("referral_id"), new Assessment(r.getLong("id"), date(r, "start_date"), authorised, factors));
    }

    private static Row<CinPlan> cinPlan(ResultSet r, int n) throws SQLException {
        return new Row<>(r.getLong("person_id"), r.getLong("referral_id"), new CinPlan(r.getLong("id"), date(r, "start_date"), date(r, "end_date")));
    }

    private static Row<Enquiry> enquiry(ResultSet r, int n) throws SQLException {
        return new Row<>(r.getLong("person_id"), r.getLong("referral_id"), new Enquiry(r.getLong("id"), r.getLong("strategy_discussion_id"),
                date(r, "start_date"), date(r, "icpc_target_date"), date(r, "icpc_date"), r.getBoolean("icpc_not_required")));
    }

    private static Row<CpPlan> cpPlan(ResultSet r, int n) throws SQLException {
        return new Row<>(r.getLong("person_id"), r.getLong("referral_id"), new CpPlan(r.getLong("id"), date(r, "start_date"), date(r, "end_date"),
                r.getString("initial_category"), r.getString("latest_category"), r.getInt("previous"), List.of()));
    }

    private static Row<LocalDate> review(ResultSet r, int n) throws SQLException {
        return new Row<>(r.getLong("person_id"), r.getLong("plan_id"), date(r, "conference_date"));
    }

    private static Row<PreProceedings> preProceedings(ResultSet r, int n) throws SQLException {
        return new Row<>(r.getLong("person_id"), 0, new PreProceedings(r.getLong("id"), date(r, "gateway_date"), date(r, "end_date"),
                (Boolean) r.getObject("fgdm_offered"), date(r, "fgdm_date")));
    }

    private static LocalDate date(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
