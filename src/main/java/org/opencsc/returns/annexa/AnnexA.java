package org.opencsc.returns.annexa;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import org.opencsc.returns.CollectionYear;
import org.opencsc.returns.ExportProgress;
import org.opencsc.returns.RuleFailure;
import org.opencsc.returns.StatutoryReturn;
import org.opencsc.returns.annexa.AnnexAWorkbook.ListSheet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ofsted's Annex A: the workbook an authority sends at the start of an inspection, one sheet per
 * list, drawn up as at a day (the inspection's notice, or a collection year's 31 March). Ofsted
 * publishes no validation rules for it, so {@link #validate} finds none; the export checks its
 * sheets against the published column list.
 */
@Component
public class AnnexA implements StatutoryReturn {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AnnexA.class);

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final ChildLists childLists;
    private final CareLists careLists;

    AnnexA(ChildLists childLists, CareLists careLists) {
        this.childLists = childLists;
        this.careLists = careLists;
    }

    @Override
    public String name() {
        return "annex-a";
    }

    @Override
    public String title() {
        return "Ofsted Annex A";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Path> export(CollectionYear year, Path directory, ExportProgress progress) throws IOException {
        return List.of(exportAsAt(year.end(), directory, progress));
    }

    /**
     * The workbook as at a day, such as the day an inspection is announced: annex-a-YYYYMMDD.xlsx.
     * One read-only transaction, so that every list sees the same records and PostgreSQL streams
     * the rows rather than sending each list whole.
     */
    @Transactional(readOnly = true)
    public Path exportAsAt(LocalDate asAt, Path directory, ExportProgress progress) throws IOException {
        var lists = List.of(AnnexAList.values());
        AnnexAColumns.check(lists);
        var file = directory.resolve("annex-a-" + FILE_DATE.format(asAt) + ".xlsx");
        try (var workbook = new AnnexAWorkbook()) {
            var done = 0;
            for (var list : lists) {
                progress.report(list.sheetName(), done++, lists.size());
                var started = System.nanoTime();
                var sheet = workbook.sheet(list);
                writer(list).accept(sheet, asAt);
                log.debug("Annex A {}: {} rows in {} ms", list.sheetName(), sheet.rows(), (System.nanoTime() - started) / 1_000_000);
            }
            progress.report("Writing the workbook", lists.size(), lists.size());
            workbook.writeTo(file);
        }
        return file;
    }

    private BiConsumer<ListSheet, LocalDate> writer(AnnexAList list) {
        return switch (list) {
            case CONTACTS -> childLists::contacts;
            case EARLY_HELP -> childLists::earlyHelp;
            case REFERRALS -> childLists::referrals;
            case ASSESSMENTS -> childLists::assessments;
            case SECTION_47 -> childLists::sectionFortySevens;
            case CHILDREN_IN_NEED -> childLists::childrenInNeed;
            case CHILD_PROTECTION -> childLists::protectionPlans;
            case CHILDREN_IN_CARE -> careLists::childrenInCare;
            case CARE_LEAVERS -> careLists::careLeavers;
            case ADOPTION -> careLists::adoptions;
            case ADOPTERS -> careLists::adopters;
        };
    }

    @Override
    public List<RuleFailure> validate(CollectionYear year, ExportProgress progress) {
        return List.of();
    }
}
