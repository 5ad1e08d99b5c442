package org.annals.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {
    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Csv.cell("plain")).isEqualTo("\"plain\"");
    }

    @Test
    void eventsHaveAHeaderAndParticipantNames() throws Exception {
        var row = new ObjectMapper().readTree("""
                {"date": "2026-03-02", "category": "CONSULT", "actors": [{"id": "a", "name": "Ana"}, {"id": "b", "name": "Bo"}],
                 "recipients": [], "evidence": "line one\\nline two"}""");
        String csv = Csv.events(List.of(row));
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[0]).startsWith("\"date\",\"category\",\"mode\"");
        assertThat(lines[1]).startsWith("\"2026-03-02\",\"CONSULT\",\"\",\"\",\"Ana; Bo\",\"\"").contains("\"line one\nline two\"");
    }
}
