package dev.pm.report;

import static dev.pm.report.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.LintReport;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReporterTest {

  private final String out = render(new JunitReporter(), Fixtures.report());

  @Test
  void suiteCountsFilesAndFailedFiles() throws Exception {
    Element root = parse(out).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("name")).isEqualTo("pm lint");
    assertThat(root.getAttribute("tests")).isEqualTo("2");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    List<Element> suites = children(root, "testsuite");
    assertThat(suites).hasSize(1);
    assertThat(suites.get(0).getAttribute("name")).isEqualTo("pm lint");
    assertThat(suites.get(0).getAttribute("tests")).isEqualTo("2");
    assertThat(suites.get(0).getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void oneTestCasePerFileIncludingCleanOnes() throws Exception {
    Element suite = children(parse(out).getDocumentElement(), "testsuite").get(0);
    List<Element> cases = children(suite, "testcase");
    assertThat(cases)
        .extracting(e -> e.getAttribute("name"))
        .containsExactly(Fixtures.DIRTY, Fixtures.CLEAN);
    assertThat(cases).allSatisfy(e -> assertThat(e.getAttribute("classname")).isEqualTo("pm.lint"));
    assertThat(cases.get(1).getChildNodes().getLength()).isZero();
  }

  @Test
  void errorsAreFailuresAndTheRestGoesToSystemOut() throws Exception {
    Element suite = children(parse(out).getDocumentElement(), "testsuite").get(0);
    Element dirty = children(suite, "testcase").get(0);

    List<Element> failures = children(dirty, "failure");
    assertThat(failures).hasSize(1);
    Element failure = failures.get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("PM201");
    // Escaped and unescaped intact; the line break becomes a space in the attribute.
    assertThat(failure.getAttribute("message"))
        .isEqualTo("12:1 PM201 " + Fixtures.NASTY.replace('\n', ' '));
    assertThat(failure.getTextContent()).isEqualTo("12:1 error PM201 " + Fixtures.NASTY);

    List<Element> systemOut = children(dirty, "system-out");
    assertThat(systemOut).hasSize(1);
    assertThat(systemOut.get(0).getTextContent())
        .isEqualTo(
            """
            3:5 warning PM301 Field "severity" should be one of SEV1, SEV2
            20:7 info PM402 Consider linking the ticket
            """);
  }

  @Test
  void everyTestCaseHasItsFileAndATime() throws Exception {
    List<Element> cases =
        children(children(parse(out).getDocumentElement(), "testsuite").get(0), "testcase");
    assertThat(cases)
        .extracting(e -> e.getAttribute("file"))
        .containsExactly(Fixtures.DIRTY, Fixtures.CLEAN);
    assertThat(cases).allSatisfy(e -> assertThat(e.getAttribute("time")).isEqualTo("0"));
  }

  @Test
  void validatesAgainstJenkinsJunitSchema() throws Exception {
    var schema =
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(JunitReporterTest.class.getResource("/report/schemas/junit-10.xsd"));
    for (String doc :
        List.of(
            out,
            render(new JunitReporter(), Fixtures.clean()),
            render(new JunitReporter(), Fixtures.clean("a.md")))) {
      schema
          .newValidator()
          .validate(new javax.xml.transform.stream.StreamSource(new StringReader(doc)));
    }
    // The schema does reject what a report must not be: a test case without a name.
    String broken =
        out.replaceFirst(
            "<testcase classname=\"pm.lint\" name=\"[^\"]*\"", "<testcase classname=\"pm.lint\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                schema
                    .newValidator()
                    .validate(
                        new javax.xml.transform.stream.StreamSource(new StringReader(broken))))
        .isInstanceOf(org.xml.sax.SAXException.class);
  }

  @Test
  void userTextIsEscapedNotConcatenated() {
    assertThat(out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    assertThat(out).contains("&lt;h2&gt; &amp; fill").doesNotContain("<h2>");
    assertThat(out).endsWith("</testsuites>\n");
  }

  @Test
  void charactersIllegalInXmlAreDropped() throws Exception {
    String nasty = "bell\u0007 nul\u0000 ffff\uFFFF lone\uD800 emoji\uD83D\uDE00 tab\tend";
    LintReport report =
        new LintReport(
            List.of(
                new FileResult(
                    "odd\u0001name.md",
                    "",
                    List.of(
                        new Diagnostic(
                            Fixtures.MISSING_SECTION,
                            Severity.ERROR,
                            "odd\u0001name.md",
                            Location.START,
                            nasty)))),
            List.of());
    Document doc = parse(render(new JunitReporter(), report));
    Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("name")).isEqualTo("oddname.md");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo(
            "1:1 PM201 bell nul ffff lone emoji\uD83D\uDE00 tab end"); // a parser normalises the
    // tab in an attribute
    assertThat(JunitReporter.xmlSafe("plain")).isEqualTo("plain");
  }

  @Test
  void emptyRun() throws Exception {
    Element root = parse(render(new JunitReporter(), Fixtures.clean())).getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("0");
    assertThat(root.getAttribute("failures")).isEqualTo("0");
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> result = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        result.add(e);
      }
    }
    return result;
  }
}
