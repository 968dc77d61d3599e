package org.serviceplan.journey;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An SVG read back as XML, the way an outside viewer would, with lookups by element and class. */
record SvgDocument(Document document) {

	static final String SVG = "http://www.w3.org/2000/svg";

	static SvgDocument parse(String svg) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return new SvgDocument(
				factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
	}

	Element root() {
		return document.getDocumentElement();
	}

	/** Elements named {@code tag} whose class list contains {@code cssClass}, in document order. */
	List<Element> all(String tag, String cssClass) {
		return all(root(), tag, cssClass);
	}

	static List<Element> all(Element within, String tag, String cssClass) {
		NodeList nodes = within.getElementsByTagNameNS(SVG, tag);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element element = (Element) nodes.item(i);
			if (cssClass == null || Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass)) {
				found.add(element);
			}
		}
		return found;
	}

	/** A text element's lines (its tspans) joined by a space: the label as it was before wrapping. */
	static String text(Element text) {
		NodeList spans = text.getElementsByTagNameNS(SVG, "tspan");
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < spans.getLength(); i++) {
			lines.add(spans.item(i).getTextContent());
		}
		return String.join(" ", lines);
	}

	List<String> texts(String cssClass) {
		return all("text", cssClass).stream().map(SvgDocument::text).toList();
	}

	static double number(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}
}
