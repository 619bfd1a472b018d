package org.opencsc.returns.annexa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.opencsc.assessment.AssessmentOutcome;
import org.opencsc.frontdoor.ClosureReason;
import org.opencsc.frontdoor.PrimaryNeed;
import org.opencsc.frontdoor.ReferralSource;
import org.opencsc.protection.CategoryOfAbuse;
import org.opencsc.returns.annexa.AnnexAWorkbook.ListSheet;
import org.springframework.stereotype.Component;

/**
 * Lists 1 to 7, from the contact to the child protection plan: each is one query whose rows are
 * written to the sheet as they arrive.
 */
@Component
class ChildLists {

    private final AnnexARepository repository;

    ChildLists(AnnexARepository repository) {
        this.repository = repository;
    }

    void contacts(ListSheet sheet, LocalDate asAt) {
        repository.contacts(AnnexAList.CONTACTS.firstDay(asAt), asAt, row -> {
            var cells = ChildColumns.of(row).leading(false);
            cells.add(row.getObject("contact_date", LocalDate.class));
            cells.add(Cells.coded(ReferralSource.class, row.getString("source")));
            sheet.add(cells);
        });
    }

    void earlyHelp(ListSheet sheet, LocalDate asAt) {
        repository.earlyHelp(AnnexAList.EARLY_HELP.firstDay(asAt), asAt, row -> {
            var cells = ChildColumns.of(row).leading(false);
            cells.add(row.getObject("started", LocalDate.class));
            cells.add(row.getObject("ended", LocalDate.class));
            cells.add(switch (row.getString("via")) {
                case "MASH" -> "Early help (MASH+ decision)";
                case "ASSESSMENT" -> "Early help (stepped down after assessment)";
                default -> "Early help";
            });
            sheet.add(cells);
        });
    }

    void referrals(ListSheet sheet, LocalDate asAt) {
        repository.referrals(AnnexAList.REFERRALS.firstDay(asAt), asAt, allocatedRows(sheet, false, (row, cells) -> {
            cells.add(row.getObject("referral_date", LocalDate.class));
            cells.add(Cells.coded(ReferralSource.class, row.getString("source")));
            cells.add(row.getBoolean("nfa"));
            cells.add(row.getInt("in_year"));
        }));
    }

    void assessments(ListSheet sheet, LocalDate asAt) {
        repository.assessments(AnnexAList.ASSESSMENTS.firstDay(asAt), asAt, allocatedRows(sheet, true, (row, cells) -> {
            cells.add(row.getObject("start_date", LocalDate.class));
            cells.add(Cells.dateBy(row, "child_seen_date", asAt) != null);
            var authorised = Cells.dateBy(row, "authorised_date", asAt);
            cells.add(authorised);
            cells.add(authorised == null ? null : requiresSupport(row.getString("outcome")));
        }));
    }

    /** Support from children's social care follows an assessment unless it ends the case or steps down to early help. */
    private static Boolean requiresSupport(String outcome) {
        if (outcome == null) {
            return null;
        }
        return !(AssessmentOutcome.NO_FURTHER_ACTION.code().equals(outcome) || AssessmentOutcome.EARLY_HELP.code().equals(outcome));
    }

    void sectionFortySevens(ListSheet sheet, LocalDate asAt) {
        repository.sectionFortySevens(AnnexAList.SECTION_47.firstDay(asAt), asAt, allocatedRows(sheet, true, (row, cells) -> {
            cells.add(row.getObject("discussion_date", LocalDate.class));
            var icpc = row.getObject("icpc_date", LocalDate.class);
            var endedWithoutConference = "NO_CONFERENCE".equals(row.getString("outcome")) && Cells.dateBy(row, "end_date", asAt) != null;
            cells.add(icpc != null ? Boolean.FALSE : endedWithoutConference ? Boolean.TRUE : null);
            cells.add(icpc);
            cells.add(icpc == null ? null : "PLAN".equals(row.getString("icpc_decision")));
            cells.add(row.getInt("enquiries"));
            cells.add(row.getInt("icpcs"));
        }));
    }

    void childrenInNeed(ListSheet sheet, LocalDate asAt) {
        repository.childrenInNeed(AnnexAList.CHILDREN_IN_NEED.firstDay(asAt), asAt, allocatedRows(sheet, true, (row, cells) -> {
            cells.add(row.getObject("referral_date", LocalDate.class));
            cells.add(Cells.coded(PrimaryNeed.class, row.getString("primary_need")));
            cells.add(row.getObject("last_seen", LocalDate.class));
            var closed = Cells.dateBy(row, "closure_date", asAt);
            cells.add(closed);
            cells.add(closed == null ? null : Cells.coded(ClosureReason.class, row.getString("closure_reason")));
            cells.add(row.getString("case_status"));
        }));
    }

    void protectionPlans(ListSheet sheet, LocalDate asAt) {
        repository.protectionPlans(AnnexAList.CHILD_PROTECTION.firstDay(asAt), asAt, allocatedRows(sheet, true, (row, cells) -> {
            cells.add(row.getObject("start_date", LocalDate.class));
            cells.add(Cells.label(CategoryOfAbuse.class, row.getString("initial_category")));
            cells.add(Cells.label(CategoryOfAbuse.class, row.getString("latest_category")));
            var visit = row.getObject("visit_date", LocalDate.class);
            cells.add(visit);
            cells.add(visit == null ? null : (Object) row.getBoolean("seen_alone"));
            cells.add(row.getObject("last_review", LocalDate.class));
            cells.add(Cells.dateBy(row, "end_date", asAt));
            cells.add(Cells.yesNo(row.getBoolean("emergency")));
            cells.add(row.getInt("previous_plans"));
        }));
    }

    /** The columns a list has between the child's own and the allocation that ends the row. */
    @FunctionalInterface
    interface OwnColumns {
        void add(ResultSet row, List<Object> cells) throws SQLException;
    }

    /** Each row of a list about a child who may be allocated: the child's columns, the list's own, then the team and worker. */
    private static AnnexARepository.Rows allocatedRows(ListSheet sheet, boolean withDisability, OwnColumns own) {
        return row -> {
            var child = ChildColumns.of(row);
            var cells = child.leading(withDisability);
            own.add(row, cells);
            allocated(cells, child);
            sheet.add(cells);
        };
    }

    static void allocated(List<Object> cells, ChildColumns child) {
        cells.add(child.team());
        cells.add(child.worker());
    }
}
