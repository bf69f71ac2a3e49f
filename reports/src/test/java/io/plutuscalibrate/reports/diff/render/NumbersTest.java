package io.plutuscalibrate.reports.diff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.reports.diff.Change;
import org.junit.jupiter.api.Test;

class NumbersTest {

  @Test
  void percentagesKeepSmallChangesVisible() {
    assertEquals("0%", Numbers.percent(0));
    assertEquals("+4.76%", Numbers.percent(20.0 / 420));
    assertEquals("-2.52%", Numbers.percent(-743.0 / 29498));
    assertEquals("+0.00874%", Numbers.percent(54922.0 / 628192291));
    assertEquals("-0.0045%", Numbers.percent(-0.000045));
    assertEquals("+1932.36%", Numbers.percent(19.3236));
  }

  @Test
  void changesHaveSignsAndNewAndMaxBoundReadAsWords() {
    assertEquals("+1,234", Numbers.delta(new Change(0, 1234)));
    assertEquals("-5", Numbers.delta(new Change(5, 0)));
    assertEquals("0", Numbers.delta(new Change(7, 7)));
    assertEquals("new", Numbers.relative(new Change(0, 5)));
    assertEquals("to maxBound", Numbers.delta(new Change(173, Long.MAX_VALUE)));
    assertEquals("", Numbers.relative(new Change(173, Long.MAX_VALUE)));
    assertEquals("from maxBound", Numbers.delta(new Change(Long.MAX_VALUE, 1)));
    assertEquals("maxBound", Numbers.value(Long.MAX_VALUE));
    assertEquals("-900", Numbers.value(-900));
  }

  @Test
  void markdownEscapesMarkupButNotUnderscoresInsideNames() {
    assertEquals("bls12_381_G1_add", MarkdownFormat.escape("bls12_381_G1_add"));
    assertEquals("\\_x\\_", MarkdownFormat.escape("_x_"));
    assertEquals("a \\*b\\* \\`c\\` \\<d>", MarkdownFormat.escape("a *b* `c` <d>"));
  }

  @Test
  void htmlEscapes() {
    assertEquals("&lt;a href=&quot;x&quot;&gt; &amp;", HtmlFormat.escape("<a href=\"x\"> &"));
  }
}
