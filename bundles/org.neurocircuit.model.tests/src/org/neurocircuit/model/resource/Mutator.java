package org.neurocircuit.model.resource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic mutations of circuit files for the fuzz test: byte flips, truncation, deleted and
 * duplicated lines and elements, deleted attributes, garbage values and text, inserted DOCTYPEs with
 * entities (external file and URL, billion laughs, external DTD, parameter entities).
 */
final class Mutator {

  /** A mutated file and what was done to it. */
  record Mutant(String description, byte[] content) {
  }

  private static final Pattern ATTRIBUTE = Pattern.compile(" ([A-Za-z:]+)=\"([^\"]*)\"");
  private static final Pattern TEXT = Pattern.compile(">([^<>]+)</");
  private static final List<String> GARBAGE = List.of("", "abc", "-1", "0", "NaN", "-Infinity", "1e999", "-1e999",
      "99999999999999999999", "4.9e-324", "0x10", "1,5", " 1 ", "true", "excitatory", "//@populations[name='nope']",
      "#//@regions.0", "other.circuit#//@populations[name='E']", "http://127.0.0.1:1/x#//", "&lt;&amp;&gt;", "&#0;",
      "\uFFFE", "\u00e9\u00e8", "x".repeat(5000), "V1/E", "@", "'", "nc:Nope");

  private final Random random;
  private final String url;
  private final String file;

  /**
   * @param random the source of all choices (seeded by the test)
   * @param url a URL that must never be fetched
   * @param file a file URI whose content must never be read
   */
  Mutator(Random random, String url, String file) {
    this.random = random;
    this.url = url;
    this.file = file;
  }

  /** One to three mutations of {@code xml}; byte flips and truncation act on the encoded bytes. */
  Mutant mutate(String xml) {
    List<String> done = new ArrayList<>();
    String text = xml;
    int count = 1 + random.nextInt(3);
    byte[] bytes = null;
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(12);
      if (kind >= 10) {
        bytes = bytes == null ? text.getBytes(StandardCharsets.UTF_8) : bytes;
        bytes = kind == 10 ? flip(bytes, done) : truncate(bytes, done);
      } else if (bytes == null) {
        text = textMutation(kind, text, done);
      }
    }
    return new Mutant(String.join(", ", done), bytes == null ? text.getBytes(StandardCharsets.UTF_8) : bytes);
  }

  private String textMutation(int kind, String text, List<String> done) {
    return switch (kind) {
      case 0 -> deleteLine(text, done);
      case 1 -> duplicateLine(text, done);
      case 2 -> deleteAttribute(text, done);
      case 3, 4 -> garbageAttribute(text, done);
      case 5 -> garbageText(text, done);
      case 6 -> doctype(text, done);
      case 7 -> insertElement(text, done);
      case 8 -> renameTag(text, done);
      default -> insertGarbage(text, done);
    };
  }

  private byte[] flip(byte[] bytes, List<String> done) {
    byte[] flipped = bytes.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips && flipped.length > 0; i++) {
      flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
    }
    done.add(flips + " byte flips");
    return flipped;
  }

  private byte[] truncate(byte[] bytes, List<String> done) {
    int length = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    done.add("truncated at " + length);
    return java.util.Arrays.copyOf(bytes, length);
  }

  private String deleteLine(String text, List<String> done) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    int line = random.nextInt(lines.size());
    done.add("deleted line " + (line + 1));
    lines.remove(line);
    return String.join("\n", lines);
  }

  private String duplicateLine(String text, List<String> done) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    List<Integer> elements = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().endsWith("/>")) {
        elements.add(i);
      }
    }
    boolean whole = !elements.isEmpty() && random.nextBoolean();
    int line = whole ? elements.get(random.nextInt(elements.size())) : random.nextInt(lines.size());
    done.add("duplicated " + (whole ? "element on line " : "line ") + (line + 1));
    lines.add(line, lines.get(line));
    return String.join("\n", lines);
  }

  private String deleteAttribute(String text, List<String> done) {
    Matcher match = pick(ATTRIBUTE, text);
    if (match == null) {
      return text;
    }
    done.add("deleted attribute " + match.group(1));
    return text.substring(0, match.start()) + text.substring(match.end());
  }

  private String garbageAttribute(String text, List<String> done) {
    Matcher match = pick(ATTRIBUTE, text);
    if (match == null) {
      return text;
    }
    String garbage = GARBAGE.get(random.nextInt(GARBAGE.size()));
    done.add(match.group(1) + "=" + shorten(garbage));
    return text.substring(0, match.start(2)) + garbage + text.substring(match.end(2));
  }

  private String garbageText(String text, List<String> done) {
    Matcher match = pick(TEXT, text);
    if (match == null) {
      return garbageAttribute(text, done);
    }
    String garbage = GARBAGE.get(random.nextInt(GARBAGE.size()));
    done.add("text " + shorten(garbage));
    return text.substring(0, match.start(1)) + garbage + text.substring(match.end(1));
  }

  private String doctype(String text, List<String> done) {
    String laughs = "<!ENTITY l0 \"lol\">" + "<!ENTITY l1 \"&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;\">"
        + "<!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\">" + "<!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\">";
    String[] doctypes = {
      "<!DOCTYPE nc:Circuit [<!ENTITY x SYSTEM \"" + file + "\">]>",
      "<!DOCTYPE nc:Circuit [<!ENTITY x SYSTEM \"" + url + "\">]>",
      "<!DOCTYPE nc:Circuit [" + laughs + "<!ENTITY x \"&l3;\">]>",
      "<!DOCTYPE nc:Circuit SYSTEM \"" + url + "\">",
      "<!DOCTYPE nc:Circuit [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>",
      "<!DOCTYPE nc:Circuit [<!ENTITY x \"harmless\">]>" };
    int which = random.nextInt(doctypes.length);
    done.add("doctype " + which);
    String withDoctype = CircuitText.withDoctype(text, doctypes[which]);
    Matcher match = pick(TEXT, withDoctype);
    return match == null ? withDoctype : withDoctype.substring(0, match.start(1)) + "&x;" + withDoctype.substring(match.end(1));
  }

  private String insertElement(String text, List<String> done) {
    String[] elements = { "<unknown/>", "<populations name=\"P\"/>", "<neuronModel xsi:type=\"nc:Population\"/>",
      "<regions name=\"V1\"><regions name=\"V1\"/></regions>", "<diagram/>", "<xmi:Extension/>",
      "<projections name=\"p\" source=\"//@populations.0\" target=\"//@x\"/>" };
    int line = text.indexOf('\n', text.indexOf("<nc:Circuit"));
    String element = elements[random.nextInt(elements.length)];
    done.add("inserted " + element);
    int at = line < 0 ? 0 : line + 1;
    return text.substring(0, at) + element + "\n" + text.substring(at);
  }

  private String renameTag(String text, List<String> done) {
    int start = text.indexOf('<', random.nextInt(Math.max(1, text.length())));
    if (start < 0 || start + 1 >= text.length()) {
      return text;
    }
    done.add("renamed tag at " + start);
    return text.substring(0, start + 1) + "x" + text.substring(start + 1);
  }

  private String insertGarbage(String text, List<String> done) {
    int at = random.nextInt(text.length() + 1);
    String garbage = GARBAGE.get(random.nextInt(GARBAGE.size()));
    done.add("inserted " + shorten(garbage) + " at " + at);
    return text.substring(0, at) + garbage + text.substring(at);
  }

  private Matcher pick(Pattern pattern, String text) {
    List<Integer> starts = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      starts.add(matcher.start());
    }
    if (starts.isEmpty()) {
      return null;
    }
    matcher.find(starts.get(random.nextInt(starts.size())));
    return matcher;
  }

  private static String shorten(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "..." : text;
  }
}
