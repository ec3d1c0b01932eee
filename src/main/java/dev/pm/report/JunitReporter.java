package dev.pm.report;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.LintReport;
import dev.pm.lint.Severity;
import java.io.PrintWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test-report views (Jenkins, GitLab, Azure DevOps and the like): one {@code
 * <testsuite name="pm lint">} with one {@code <testcase classname="pm.lint" name="PATH">} per
 * linted file, clean files included, so a clean file shows up as a passing test.
 *
 * <p>Choices, so a CI job fails on exactly what {@code pm lint} fails on:
 *
 * <ul>
 *   <li>Each <b>error</b> is its own {@code <failure type="PM201" message="MESSAGE">} whose text is
 *       {@code line:col severity rule message}. A file with any error is a failed test case.
 *   <li><b>Warnings</b> (and infos) are not failures: they go, one line each in the same form, into
 *       the test case's {@code <system-out>}, which report viewers show alongside the test.
 *   <li>{@code tests} counts test cases (files) and {@code failures} counts failed test cases
 *       (files with at least one error), not failure elements, so {@code tests - failures} is the
 *       number of passing files.
 *   <li>Each test case carries {@code file} (the path, which GitHub and GitLab reporters link) and
 *       {@code time}, which the Surefire schema requires and some readers refuse a report without.
 *       pm does not time files one by one, so it is {@code 0}: the report says nothing false about
 *       durations, it just has none to give.
 *   <li>A failure's {@code message} is the whole finding on one line ({@code 12:1 PM201 Missing
 *       required section "Timeline"}), since most report viewers show only that attribute in their
 *       lists.
 * </ul>
 *
 * <p>Everything is written through the JDK's {@link XMLStreamWriter}, which escapes markup;
 * characters that XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
 * are dropped first. Line breaks in the {@code message} attribute become spaces, since a parser
 * would normalise them to spaces anyway; the element text keeps them.
 */
public final class JunitReporter implements Reporter {

  static final String SUITE = "pm lint";
  static final String CLASSNAME = "pm.lint";

  /** Durations are not measured per file (see the class comment). */
  private static final String NO_TIME = "0";

  @Override
  public void write(LintReport report, PrintWriter out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      write(report, xml);
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    out.print('\n');
    out.flush();
  }

  private static void write(LintReport report, XMLStreamWriter xml) throws XMLStreamException {
    String tests = Integer.toString(report.files().size());
    String failures =
        Long.toString(report.files().stream().filter(f -> f.count(Severity.ERROR) > 0).count());

    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", SUITE);
    xml.writeAttribute("tests", tests);
    xml.writeAttribute("failures", failures);
    xml.writeAttribute("time", NO_TIME);
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", SUITE);
    xml.writeAttribute("tests", tests);
    xml.writeAttribute("failures", failures);
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("time", NO_TIME);
    for (FileResult file : report.files()) {
      xml.writeCharacters("\n    ");
      writeTestCase(file, xml);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeEndDocument();
  }

  private static void writeTestCase(FileResult file, XMLStreamWriter xml)
      throws XMLStreamException {
    List<Diagnostic> errors =
        file.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    List<Diagnostic> others =
        file.diagnostics().stream().filter(d -> d.severity() != Severity.ERROR).toList();
    if (errors.isEmpty() && others.isEmpty()) {
      xml.writeEmptyElement("testcase");
      writeTestCaseAttributes(file, xml);
      return;
    }
    xml.writeStartElement("testcase");
    writeTestCaseAttributes(file, xml);
    for (Diagnostic d : errors) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      xml.writeAttribute("type", d.rule().id().value());
      xml.writeAttribute(
          "message",
          xmlSafe(
              (d.line() + ":" + d.column() + " " + d.rule().id() + " " + d.message())
                  .replaceAll("\r\n|\r|\n", " ")));
      xml.writeCharacters(xmlSafe(line(d)));
      xml.writeEndElement();
    }
    if (!others.isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      StringBuilder text = new StringBuilder();
      for (Diagnostic d : others) {
        text.append(line(d)).append('\n');
      }
      xml.writeCharacters(xmlSafe(text.toString()));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void writeTestCaseAttributes(FileResult file, XMLStreamWriter xml)
      throws XMLStreamException {
    xml.writeAttribute("classname", CLASSNAME);
    xml.writeAttribute("name", xmlSafe(file.file()));
    xml.writeAttribute("file", xmlSafe(file.file()));
    xml.writeAttribute("time", NO_TIME);
  }

  /** {@code 12:1 error PM201 Missing required section "Timeline"}. */
  static String line(Diagnostic d) {
    return d.line()
        + ":"
        + d.column()
        + " "
        + d.severity().wireName()
        + " "
        + d.rule().id()
        + " "
        + d.message();
  }

  /** Drops the characters XML 1.0 does not allow anywhere, even escaped. */
  static String xmlSafe(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean legal =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!legal && sb == null) {
        sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
      } else if (legal && sb != null) {
        sb.appendCodePoint(cp);
      }
      i = next;
    }
    return sb == null ? s : sb.toString();
  }
}
