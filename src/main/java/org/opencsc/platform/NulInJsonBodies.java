package org.opencsc.platform;

import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A JSON body with a NUL character ({@code "\u0000"}) in any string, at any depth, is refused as
 * invalid input naming the field (a 400 with the field's path), before a service tries to save
 * what PostgreSQL cannot store. Every {@code @RequestBody} of the application passes through here.
 */
@ControllerAdvice
class NulInJsonBodies extends RequestBodyAdviceAdapter {

    private static final int DEEPEST = 12;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        var field = fieldWithNul(body, "", 0);
        if (field != null) {
            var name = field.isEmpty() ? "body" : field;
            throw new InvalidInputException(name, name + " contains a character that cannot be saved (a NUL character): remove it and send it again");
        }
        return body;
    }

    /** The path of the first string holding a NUL ("" for the body itself), or null when there is none. */
    static String fieldWithNul(Object value, String path, int depth) {
        if (value == null || depth > DEEPEST) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return text.toString().indexOf('\0') >= 0 ? path : null;
        }
        if (value instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                var key = String.valueOf(entry.getKey());
                var name = join(path, key);
                if (key.indexOf('\0') >= 0) {
                    return name;
                }
                var found = fieldWithNul(entry.getValue(), name, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Collection<?> items) {
            var i = 0;
            for (var item : items) {
                var found = fieldWithNul(item, path + "[" + i++ + "]", depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                var found = fieldWithNul(items[i], path + "[" + i + "]", depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value.getClass().isRecord()) {
            for (var component : value.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    var found = fieldWithNul(accessor.invoke(value), join(path, component.getName()), depth + 1);
                    if (found != null) {
                        return found;
                    }
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    // A component that cannot be read holds nothing a client sent.
                }
            }
        }
        return null;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
