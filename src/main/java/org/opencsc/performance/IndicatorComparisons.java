package org.opencsc.performance;

import java.math.BigDecimal;
import org.opencsc.platform.FieldProblems;
import org.opencsc.security.AuditAction;
import org.opencsc.security.AuditLog;
import org.opencsc.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The national and comparator values, and the child population, that an administrator enters from the DfE's statistics. */
@Service
public class IndicatorComparisons {

    private static final java.util.regex.Pattern PERIOD = java.util.regex.Pattern.compile("\\d{4}(/\\d{2})?|\\d{4}-\\d{2}");

    private final IndicatorRepository repository;
    private final AuditLog audit;

    IndicatorComparisons(IndicatorRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public void save(ComparisonForm form) {
        var problems = new FieldProblems();
        var indicator = form.indicator() == null ? null : Indicator.fromSlug(form.indicator()).orElse(null);
        if (indicator == null) {
            problems.add("indicator", "Indicator: choose the indicator the values are for");
        }
        var period = form.period() == null ? "" : form.period().strip();
        if (!PERIOD.matcher(period).matches()) {
            problems.add("period", "Period: enter the year the values are for, like 2024/25 or 2025");
        }
        var national = number(form.national(), "national", "National value", indicator, problems);
        var comparator = number(form.comparator(), "comparator", "Comparator value", indicator, problems);
        var name = form.comparatorName() == null ? "" : form.comparatorName().strip();
        if (national == null && comparator == null && !problems.has("national") && !problems.has("comparator")) {
            problems.add("national", "National value: enter the national value, the comparator value or both");
        }
        if (comparator != null && name.isEmpty()) {
            problems.add("comparatorName", "Comparator: say what the comparator is, like statistical neighbours or the region");
        }
        if (name.length() > 120) {
            problems.add("comparatorName", "Comparator: use 120 characters or fewer");
        }
        problems.throwIfAny();
        repository.saveComparison(indicator, period, national, comparator, name.isEmpty() ? null : name, CurrentUser.username());
        repository.changed();
        audit.record(AuditAction.UPDATE, null, "National and comparator values for " + indicator.title() + " (" + period + ")");
    }

    @Transactional
    public void remove(Indicator indicator) {
        repository.removeComparison(indicator);
        repository.changed();
        audit.record(AuditAction.UPDATE, null, "Removed the national and comparator values for " + indicator.title());
    }

    @Transactional
    public void savePopulation(PopulationForm form) {
        var problems = new FieldProblems();
        Integer year = null;
        Integer children = null;
        try {
            year = Integer.valueOf(form.year() == null ? "" : form.year().strip());
            if (year < 2000 || year > 2100) {
                problems.add("year", "Year: enter the year of the estimate, like 2024");
            }
        } catch (NumberFormatException notANumber) {
            problems.add("year", "Year: enter the year of the estimate, like 2024");
        }
        try {
            children = Integer.valueOf(form.children() == null ? "" : form.children().strip().replace(",", ""));
            if (children <= 0) {
                problems.add("children", "Children aged 0 to 17: enter a number greater than 0");
            }
        } catch (NumberFormatException notANumber) {
            problems.add("children", "Children aged 0 to 17: enter a whole number, like 52,300");
        }
        problems.throwIfAny();
        repository.saveChildPopulation(year, children, CurrentUser.username());
        repository.changed();
        audit.record(AuditAction.UPDATE, null, "Child population for rates per 10,000: " + children + " (" + year + ")");
    }

    private static Double number(String typed, String field, String label, Indicator indicator, FieldProblems problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            var value = new BigDecimal(typed.strip().replace(",", "").replace("%", ""));
            if (value.signum() < 0) {
                problems.add(field, label + ": enter a number of 0 or more");
                return null;
            }
            if (indicator != null && indicator.measure() == Measure.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(field, label + ": a percentage cannot be more than 100");
                return null;
            }
            if (value.compareTo(BigDecimal.valueOf(99_999_999)) > 0) {
                problems.add(field, label + ": enter a smaller number");
                return null;
            }
            return value.doubleValue();
        } catch (NumberFormatException notANumber) {
            problems.add(field, label + ": enter a number, like 21.5");
            return null;
        }
    }
}
