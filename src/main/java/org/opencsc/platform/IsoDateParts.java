package org.opencsc.platform;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A date sent to a page as one value ({@code ?from=2024-01-01}) rather than the GOV.UK date
 * input's three boxes: read as the API reads it, so that anything else becomes "must be a real
 * date" on the field, for every form and filter, instead of a form that cannot be made at all.
 */
@Component
class IsoDateParts implements Converter<String, DateParts> {

    @Override
    public DateParts convert(String source) {
        return DateParts.fromIso(source);
    }
}
