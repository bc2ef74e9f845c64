package org.haven.platform.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The time-outs added to the configured URL, unless it sets its own. */
class FailFastDataSourceTest {

    @Test
    void addsBothTimeOutsToAUrlWithoutOptions() {
        assertEquals("jdbc:mariadb://127.0.0.1:3307/haven?connectTimeout=3000&socketTimeout=30000",
                FailFastDataSource.withTimeouts("jdbc:mariadb://127.0.0.1:3307/haven"));
    }

    @Test
    void keepsTheOtherOptionsAndTheOperatorsOwnTimeOuts() {
        assertEquals("jdbc:mariadb://db:3306/haven?sslMode=verify-full&SOCKETTIMEOUT=5000&connectTimeout=3000",
                FailFastDataSource.withTimeouts("jdbc:mariadb://db:3306/haven?sslMode=verify-full&SOCKETTIMEOUT=5000"));
        assertEquals("jdbc:mariadb://db/haven?connectTimeout=1000&socketTimeout=2000",
                FailFastDataSource.withTimeouts("jdbc:mariadb://db/haven?connectTimeout=1000&socketTimeout=2000"));
        assertNull(FailFastDataSource.withTimeouts(null));
    }
}
