package org.annals.archive;

import java.util.List;

/**
 * A SQL statement with its parameters, in order.
 *
 * @param sql    the statement with {@code ?} placeholders
 * @param params the values of the placeholders
 */
public record SqlQuery(String sql, List<Object> params) {
    public SqlQuery {
        params = List.copyOf(params);
    }
}
