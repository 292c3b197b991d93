package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.json.JsonCodec;
import dev.verbatim.testing.DocSnippets;
import dev.verbatim.testing.DocSnippets.Block;
import dev.verbatim.testing.Extractors;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples of the README and the guides are the code's: the Java is compiled and run against
 * this build and prints what the guide says it prints, and the JSON is what the writer writes.
 */
class DocExamplesTest {

  @Test
  void readmeJavaExampleCompilesRunsAndPrintsWhatTheReadmeShows() {
    String readme = DocSnippets.read("README.md");
    List<Block> blocks = DocSnippets.blocks(readme);
    List<Block> java = blocks.stream().filter(b -> b.language().equals("java")).toList();
    assertThat(java).as("the README's Java examples").hasSize(1);
    Block printed = blockAfter(blocks, java.get(0));
    assertThat(readme.substring(java.get(0).end(), printed.start()).strip()).isEqualTo("prints");

    assertThat(DocSnippets.run(java.get(0).body())).isEqualTo(printed.body());
  }

  @Test
  void gettingStartedExamplesRunInOrderAndPrintWhatTheGuideShows() {
    String guide = DocSnippets.read("docs/getting-started.md");
    List<Block> blocks = DocSnippets.blocks(guide);
    StringBuilder code = new StringBuilder();
    StringBuilder printed = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.language().equals("java")) {
        code.append(b.body());
      } else if (b.language().isEmpty() && i > 0
          && guide.substring(blocks.get(i - 1).end(), b.start()).strip().equals("prints")) {
        printed.append(b.body());
      }
    }
    assertThat(printed).as("the guide's printed output").isNotEmpty();

    assertThat(DocSnippets.run(code.toString())).isEqualTo(printed.toString());
  }

  @Test
  void readmeTestCommandIsTheOneCiRuns() {
    String readme = DocSnippets.read("README.md");
    Matcher m = Pattern.compile("(?m)^# 2\\. run the tests.*\\n(.+)$").matcher(readme);
    assertThat(m.find()).as("the README's set-up command that runs the tests").isTrue();
    String command = m.group(1).strip();
    assertThat(command).isEqualTo("mvn -B verify");
    assertThat(DocSnippets.read(".ci/run")).containsPattern("(?m)^" + Pattern.quote(command) + "$");
    assertThat(readme).contains("mvn -q -DskipTests package && java -jar target/verbatim-0.1.0.jar\n");
  }

  @Test
  void recordsJsonExampleIsWhatTheWriterWritesForItsText() throws Exception {
    String records = DocSnippets.read("docs/records.md");
    int intro = records.indexOf("Example: what `verbatim extract` writes for the text");
    assertThat(intro).isNotNegative();
    Block json = DocSnippets.blocks(records).stream()
        .filter(b -> b.start() > intro && b.language().equals("json")).findFirst().orElseThrow();
    Matcher text = Pattern.compile("`([^`]+)`").matcher(records.substring(intro, json.start()));
    assertThat(text.find()).isTrue();
    assertThat(text.group(1)).isEqualTo("verbatim extract");
    assertThat(text.find()).as("the example's text, in backticks").isTrue();

    ObjectMapper mapper = new ObjectMapper();
    JsonNode documented = mapper.readTree(json.body());
    String written = new JsonCodec().write(
        documented.get("id").asText(), Extractors.shared().extract(text.group(1)));
    assertThat(mapper.readTree(written)).isEqualTo(documented);
  }

  private static Block blockAfter(List<Block> blocks, Block block) {
    return blocks.get(blocks.indexOf(block) + 1);
  }
}
