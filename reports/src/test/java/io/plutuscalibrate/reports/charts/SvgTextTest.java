package io.plutuscalibrate.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgTextTest {
  @Test
  void numbersAreCutToOneDecimal() {
    assertEquals("M5.7,-3.2 L12,0 Q0,7", SvgText.shortNumbers("M5.71875,-3.296875 L12.0,-0.0 Q0.04,7"));
    assertEquals("x=\"80.5\" r=\"4\"", SvgText.shortNumbers("x=\"80.53062499999999\" r=\"4\""));
    assertEquals("fill-opacity:0.7", SvgText.shortNumbers("fill-opacity:0.705882352941177"));
    assertEquals("-12.9", SvgText.shortNumbers("-12.99"), "cut, not rounded: a tenth of a pixel");
  }

  @Test
  void wholeNumbersAndNamesStay() {
    assertEquals("id=\"clip860272640\" rgb(78,121,167) c1-clip5",
        SvgText.shortNumbers("id=\"clip860272640\" rgb(78,121,167) c1-clip5"));
    assertEquals("stroke-width:1.6;stroke-miterlimit:10",
        SvgText.shortNumbers("stroke-width:1.6;stroke-miterlimit:10"));
  }

  @Test
  void embeddableReplacesStylesAndLabels() {
    SvgSheet sheet = SvgSheet.create("v");
    String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\" \"y\">\n"
        + "<svg height=\"10px\" version=\"1.1\" viewBox=\"0 0 10 10\" width=\"10px\" x=\"0px\""
        + " y=\"0px\" xmlns=\"http://www.w3.org/2000/svg\">\n  <defs><clipPath id=\"clip1\">"
        + "<rect/></clipPath></defs>\n  <g clip-path=\"url(#clip1)\">"
        + "<ellipse cx=\"1.25\" cy=\"2.0\" rx=\"4\" ry=\"4\" style=\"fill:red;\"/></g>\n"
        + "  <g transform=\"translate(6 51.0)\"><path d=\"M0,0 L1,1 Z\" style=\"fill:blue;\"/></g>"
        + "</svg>";
    String svg = SvgText.embeddable(doc, "c7", "a < b", sheet);
    assertEquals("<svg height=\"10\" viewBox=\"0 0 10 10\" width=\"10\" class=\"chart\""
        + " role=\"img\" aria-label=\"a &lt; b\"><defs><clipPath id=\"c7-clip1\"><rect/>"
        + "</clipPath></defs><g clip-path=\"url(#c7-clip1)\"><circle cx=\"1.2\" cy=\"2\" r=\"4\""
        + " class=\"vs1\"/></g><use href=\"#vg0\" x=\"6\" y=\"51\" class=\"vs0\"/></svg>", svg);
    assertEquals(".vs0{fill:blue;}.vs1{fill:red;}", sheet.css());
    assertEquals("<svg class=\"vdefs\" width=\"0\" height=\"0\" aria-hidden=\"true\""
        + " style=\"position:absolute\"><defs><path id=\"vg0\" d=\"M0,0 L1,1 Z\"/></defs></svg>",
        sheet.definitions());
  }
}
