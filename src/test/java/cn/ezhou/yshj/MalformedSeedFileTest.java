package cn.ezhou.yshj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

/** A broken reference-data file stops the start-up, naming the file, the line and the reason. */
class MalformedSeedFileTest {

    @Test
    void start_up_fails_with_the_file_line_and_reason(@TempDir Path dir) throws IOException {
        java.util.List<String> files = new java.util.ArrayList<>(java.util.List.of("org-units.csv", "work-calendar.csv"));
        java.util.Arrays.stream(cn.ezhou.yshj.directory.ReferenceList.values()).map(l -> l.seedFile()).forEach(files::add);
        for (String file : files) {
            Files.writeString(dir.resolve(file), new ClassPathResource("seeds/" + file).getContentAsString(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("work-calendar.csv"),
                "# from,to,kind,name_zh,name_en\n2026-10-01,2026-10-07,HOLIDAY,国庆节,National Day\n2026-10-08,2026-10-08,DAYOFF,错误,Wrong\n");
        SpringApplicationBuilder app = new SpringApplicationBuilder(Application.class).profiles("test");
        assertThatThrownBy(() -> app.run("--server.port=0", "--portal.seeds.location=" + dir.toUri(),
                "--spring.datasource.url=jdbc:h2:mem:malformed;MODE=MySQL;DATABASE_TO_LOWER=TRUE").close())
                .isInstanceOf(cn.ezhou.yshj.base.seed.SeedFileException.class)
                .hasMessage("Reference data file work-calendar.csv, line 3: column 3 has unknown value 'DAYOFF'");
    }
}
