package org.serviceplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class Idef0DiagramTest {

	static final Locale RU = new Locale("ru");

	static Idef0Function identification() {
		return Idef0Function.of("Идентифицировать пациента", List.of("Пациент у стойки", "Паспорт или полис"),
				List.of("Регламент регистрации"), List.of("Карта пациента найдена", "Согласие подписано", "Талон"),
				List.of("Администратор регистратуры", "МИС"));
	}

	@Test
	void drawsOneBoxWithAnArrowPerIcomItem() throws Exception {
		var svg = SvgDocument.parse(Idef0Diagram.svg(identification(), "A0", RU));

		assertThat(svg.all("rect", "function")).hasSize(1);
		assertThat(svg.all("g", "input")).hasSize(2);
		assertThat(svg.all("g", "control")).hasSize(1);
		assertThat(svg.all("g", "output")).hasSize(3);
		assertThat(svg.all("g", "mechanism")).hasSize(2);
		assertThat(svg.all("path", "arrow")).hasSize(8)
			.allSatisfy(arrow -> assertThat(arrow.getAttribute("marker-end")).isEqualTo("url(#arrowhead)"));
		assertThat(svg.texts("node-number")).containsExactly("A0");
		assertThat(svg.texts("icom-code")).isEmpty();
	}

	@Test
	void putsInputsLeftControlsTopOutputsRightMechanismsBottom() throws Exception {
		var svg = SvgDocument.parse(Idef0Diagram.svg(identification(), "A0", RU));
		Element box = svg.all("rect", "function").get(0);
		double left = SvgDocument.number(box, "x");
		double top = SvgDocument.number(box, "y");
		double right = left + SvgDocument.number(box, "width");
		double bottom = top + SvgDocument.number(box, "height");

		for (var input : svg.all("g", "input")) {
			var ends = ends(input);
			assertThat(ends[2]).isEqualTo(left);
			assertThat(ends[0]).isLessThan(left);
		}
		for (var output : svg.all("g", "output")) {
			var ends = ends(output);
			assertThat(ends[0]).isEqualTo(right);
			assertThat(ends[2]).isGreaterThan(right);
		}
		for (var control : svg.all("g", "control")) {
			var ends = ends(control);
			assertThat(ends[3]).isEqualTo(top);
			assertThat(ends[1]).isLessThan(top);
		}
		for (var mechanism : svg.all("g", "mechanism")) {
			var ends = ends(mechanism);
			assertThat(ends[3]).isEqualTo(bottom);
			assertThat(ends[1]).isGreaterThan(bottom);
		}
		Element number = svg.all("text", "node-number").get(0);
		assertThat(SvgDocument.number(number, "x")).isGreaterThan((left + right) / 2).isLessThan(right);
		assertThat(SvgDocument.number(number, "y")).isGreaterThan((top + bottom) / 2).isLessThan(bottom);
	}

	@Test
	void keepsCyrillicLabelsExactly() throws Exception {
		var svg = SvgDocument.parse(Idef0Diagram.svg(identification(), "A0", RU));

		assertThat(svg.texts("arrow-label")).containsExactlyInAnyOrder("Пациент у стойки", "Паспорт или полис",
				"Регламент регистрации", "Карта пациента найдена", "Согласие подписано", "Талон",
				"Администратор регистратуры", "МИС");
		assertThat(svg.texts("function-name")).containsExactly("Идентифицировать пациента");
	}

	@Test
	void wrapsLongLabelsIntoLines() throws Exception {
		String long_ = "Пациент пришёл без записи и без документов, но с направлением от другого врача клиники";
		var function = Idef0Function.of("Принять", List.of(long_), List.of(), List.of(), List.of());
		var svg = SvgDocument.parse(Idef0Diagram.svg(function, "A0", RU));

		Element label = svg.all("text", "arrow-label").get(0);
		assertThat(label.getElementsByTagNameNS(SvgDocument.SVG, "tspan").getLength()).isGreaterThan(1);
		assertThat(SvgDocument.text(label)).isEqualTo(long_);
	}

	@Test
	void escapesXmlSpecialCharacters() throws Exception {
		String tricky = "Проверка <полиса> & \"согласия\" 'сразу'";
		var function = Idef0Function.of(tricky, List.of("a < b & c > d"), List.of(), List.of(), List.of());
		String text = Idef0Diagram.svg(function, "A0", RU);

		assertThat(text).doesNotContain("<полиса>").contains("&lt;полиса&gt; &amp; &quot;согласия&quot;");
		var svg = SvgDocument.parse(text);
		assertThat(svg.texts("function-name")).containsExactly(tricky);
		assertThat(svg.texts("arrow-label")).containsExactly("a < b & c > d");
		assertThat(svg.root().getElementsByTagNameNS(SvgDocument.SVG, "title").item(0).getTextContent())
			.contains(tricky);
	}

	@Test
	void isAccessibleStandaloneSvgWithCyrillicFonts() throws Exception {
		var svg = SvgDocument.parse(Idef0Diagram.svg(identification(), "A0", RU));
		Element root = svg.root();

		assertThat(root.getAttribute("version")).isEqualTo("1.1");
		assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
		assertThat(root.getAttribute("font-family")).startsWith("Liberation Sans, DejaVu Sans");
		assertThat(root.getElementsByTagNameNS(SvgDocument.SVG, "title").item(0).getTextContent())
			.isEqualTo("Диаграмма IDEF0 A0: Идентифицировать пациента");
		assertThat(root.getElementsByTagNameNS(SvgDocument.SVG, "desc").item(0).getTextContent())
			.contains("Входы: Пациент у стойки; Паспорт или полис", "Механизмы: Администратор регистратуры; МИС");
		var english = SvgDocument.parse(Idef0Diagram.svg(identification(), "A0", Locale.ENGLISH));
		assertThat(english.root().getElementsByTagNameNS(SvgDocument.SVG, "title").item(0).getTextContent())
			.isEqualTo("IDEF0 diagram A0: Идентифицировать пациента");
	}

	@Test
	void drawsADecompositionAsAStaircaseOfNumberedChildren() throws Exception {
		var parent = Idef0FunctionTest.reception();
		var svg = SvgDocument.parse(Idef0Diagram.svg(parent, "A0", RU));

		var boxes = svg.all("rect", "function");
		assertThat(boxes).hasSize(3);
		assertThat(svg.texts("node-number")).containsExactly("A1", "A2", "A3");
		assertThat(svg.texts("function-name")).containsExactly("Установить зрительный контакт", "Поприветствовать",
				"Идентифицировать пациента");
		for (int i = 1; i < boxes.size(); i++) {
			Element previous = boxes.get(i - 1);
			Element next = boxes.get(i);
			assertThat(SvgDocument.number(next, "x"))
				.isGreaterThan(SvgDocument.number(previous, "x") + SvgDocument.number(previous, "width"));
			assertThat(SvgDocument.number(next, "y"))
				.isGreaterThan(SvgDocument.number(previous, "y") + SvgDocument.number(previous, "height"));
		}
		// the parent's ICOMs at the boundary, and one flow from each step to the next
		assertThat(svg.all("g", "input")).hasSize(2);
		assertThat(svg.all("g", "control")).hasSize(2);
		assertThat(svg.all("g", "output")).hasSize(1);
		assertThat(svg.all("g", "mechanism")).hasSize(2);
		assertThat(svg.all("g", "flow")).hasSize(2);
		assertThat(svg.texts("arrow-label")).contains("Пациент пришёл", "Стандарт приветствия",
				"Пациент направлен к врачу", "МИС");
		// boundary arrows carry IDEF0's ICOM codes, tracing them back to the parent box
		assertThat(svg.texts("icom-code")).containsExactlyInAnyOrder("I1", "I2", "C1", "C2", "O1", "M1", "M2");
	}

	@Test
	void numbersAGrandchildDiagramFromItsNode() throws Exception {
		var greeting = Idef0FunctionTest.reception().find("A2").orElseThrow();
		var svg = SvgDocument.parse(Idef0Diagram.svg(greeting, "A2", RU));

		assertThat(svg.texts("node-number")).containsExactly("A21", "A22");
		assertThat(svg.texts("frame-node")).containsExactly("Узел: A2");
	}

	@Test
	void rendersTheSameLayoutAsPng() throws Exception {
		var svg = SvgDocument.parse(Idef0Diagram.svg(identification(), "A0", RU));
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(Idef0Diagram.png(identification(), "A0", RU)));

		double width = Double.parseDouble(svg.root().getAttribute("width"));
		double height = Double.parseDouble(svg.root().getAttribute("height"));
		assertThat(png.getWidth()).isEqualTo((int) Math.ceil(width * 2));
		assertThat(png.getHeight()).isEqualTo((int) Math.ceil(height * 2));

		Element box = svg.all("rect", "function").get(0);
		int x = (int) (SvgDocument.number(box, "x") * 2);
		int y = (int) (SvgDocument.number(box, "y") * 2);
		int w = (int) (SvgDocument.number(box, "width") * 2);
		int h = (int) (SvgDocument.number(box, "height") * 2);
		// the frame line is dark, the fill light, the name dark again: the box area is not one colour
		Set<Integer> colours = new HashSet<>();
		for (int px = x - 2; px < x + w + 2; px += 3) {
			for (int py = y - 2; py < y + h + 2; py += 3) {
				colours.add(png.getRGB(px, py));
			}
		}
		assertThat(colours.size()).isGreaterThan(3);
		assertThat(png.getRGB(x + w / 2, y)).isNotEqualTo(png.getRGB(x + w / 2, y + 6));
		// blank margin stays white
		assertThat(png.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
		// ink in the box: dark pixels of the name are a real share, not a stray dot
		int dark = 0;
		int all = 0;
		for (int px = x + 4; px < x + w - 4; px++) {
			for (int py = y + 4; py < y + h - 4; py++) {
				all++;
				if ((png.getRGB(px, py) & 0xff) < 128) {
					dark++;
				}
			}
		}
		assertThat((double) dark / all).isBetween(0.005, 0.5);
	}

	/** x1, y1, x2, y2 of the arrow in an ICOM group: where it starts and where its head points. */
	static double[] ends(Element icom) {
		Element path = SvgDocument.all(icom, "path", "arrow").get(0);
		String[] points = path.getAttribute("d").substring(1).split("L");
		String[] first = points[0].split(",");
		String[] last = points[points.length - 1].split(",");
		return new double[] { Double.parseDouble(first[0]), Double.parseDouble(first[1]), Double.parseDouble(last[0]),
				Double.parseDouble(last[1]) };
	}
}
