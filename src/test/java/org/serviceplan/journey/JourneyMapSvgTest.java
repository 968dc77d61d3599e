package org.serviceplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class JourneyMapSvgTest {

	static final Locale RU = new Locale("ru");

	static TouchpointCard card(String name, String channel, int pains, Integer expectation, Integer quality) {
		return new TouchpointCard(UUID.randomUUID(), name, channel, null, pains, expectation, quality);
	}

	/** The clinic of seed 001: before, during and after the visit. */
	static MapView clinic() {
		var call = card("Запись по телефону", "PHONE", 2, 4, 3);
		var site = card("Запись на сайте", "WEBSITE", 0, 3, 4);
		var eyeContact = card("Зрительный контакт", "OFFLINE", 1, 4, 4);
		var greeting = card("Приветствие", "OFFLINE", 0, null, 5);
		var identification = card("Идентификация пациента", "OFFLINE", 3, 5, 2);
		var documents = card("Заполнение обязательных документов", "OFFLINE", 4, 3, 3);
		var wardrobe = card("Гардероб <у входа> & \"чисто\"", "OFFLINE", 0, 3, 5);
		var reminder = card("Напоминание о повторном визите", "MESSENGER", 0, null, null);
		var reception = new ZoneView(UUID.randomUUID(), "Ресепшн",
				List.of(new ElementView(UUID.randomUUID(), "Стойка регистрации",
						List.of(eyeContact, greeting, identification, documents))),
				List.of());
		var entrance = new ZoneView(UUID.randomUUID(), "Входная группа",
				List.of(new ElementView(UUID.randomUUID(), "Гардероб", List.of(wardrobe))), List.of());
		return new MapView("Первый визит пациента", List.of(
				new StageView(UUID.randomUUID(), "До визита", List.of(), List.of(call, site)),
				new StageView(UUID.randomUUID(), "Во время визита", List.of(entrance, reception), List.of()),
				new StageView(UUID.randomUUID(), "После визита", List.of(), List.of(reminder))));
	}

	static List<TouchpointCard> cards(MapView map) {
		List<TouchpointCard> cards = new ArrayList<>();
		for (var stage : map.stages()) {
			cards.addAll(stage.touchpoints());
			for (var zone : stage.zones()) {
				cards.addAll(zone.touchpoints());
				zone.elements().forEach(element -> cards.addAll(element.touchpoints()));
			}
		}
		return cards;
	}

	@Test
	void drawsACardPerTouchpointWithItsName() throws Exception {
		var map = clinic();
		var svg = SvgDocument.parse(JourneyMapSvg.render(map, RU));

		var groups = svg.all("g", "touchpoint");
		assertThat(groups).hasSize(8).hasSize(map.touchpointCount());
		assertThat(groups).extracting(g -> g.getAttribute("data-id"))
			.containsExactlyElementsOf(cards(map).stream().map(c -> c.id().toString()).toList());
		assertThat(svg.texts("touchpoint-name")).containsExactly("Запись по телефону", "Запись на сайте",
				"Гардероб <у входа> & \"чисто\"", "Зрительный контакт", "Приветствие", "Идентификация пациента",
				"Заполнение обязательных документов", "Напоминание о повторном визите");
		assertThat(svg.all("rect", "touchpoint-card")).hasSize(8);
	}

	@Test
	void drawsStagesAsColumnsLeftToRightAndZonesAndElementsAsGroups() throws Exception {
		var svg = SvgDocument.parse(JourneyMapSvg.render(clinic(), RU));

		assertThat(svg.texts("stage-name")).containsExactly("До визита", "Во время визита", "После визита");
		var headers = svg.all("rect", "stage-header");
		assertThat(SvgDocument.number(headers.get(0), "x")).isLessThan(SvgDocument.number(headers.get(1), "x"));
		assertThat(SvgDocument.number(headers.get(1), "x")).isLessThan(SvgDocument.number(headers.get(2), "x"));
		assertThat(svg.texts("zone-name")).containsExactly("Входная группа", "Ресепшн");
		assertThat(svg.texts("element-name")).containsExactly("Гардероб", "Стойка регистрации");
		Element reception = svg.all("g", "zone").get(1);
		assertThat(SvgDocument.all(reception, "g", "touchpoint")).hasSize(4);
		// each card lies inside its stage's column
		Element during = svg.all("g", "stage").get(1);
		double left = SvgDocument.number(headers.get(1), "x");
		double right = left + SvgDocument.number(headers.get(1), "width");
		for (Element card : SvgDocument.all(during, "rect", "touchpoint-card")) {
			assertThat(SvgDocument.number(card, "x")).isGreaterThanOrEqualTo(left);
			assertThat(SvgDocument.number(card, "x") + SvgDocument.number(card, "width")).isLessThanOrEqualTo(right);
		}
	}

	@Test
	void showsChannelPainCountAndTheExpectationGapInColour() throws Exception {
		var svg = SvgDocument.parse(JourneyMapSvg.render(clinic(), RU));

		assertThat(svg.all("g", "touchpoint")).extracting(g -> g.getAttribute("data-gap"))
			.containsExactly("BAD", "EXCELLENT", "EXCELLENT", "GOOD", "UNKNOWN", "BAD", "GOOD", "UNKNOWN");
		assertThat(svg.texts("touchpoint-channel")).startsWith("Телефон", "Сайт", "Офлайн").contains("Мессенджер");
		assertThat(svg.texts("touchpoint-pains")).startsWith("Боли: 2", "Боли: 0");
		assertThat(svg.texts("touchpoint-gap")).startsWith("Ниже ожиданий (1)", "Выше ожиданий (+1)");
		var stripes = svg.all("rect", "gap-stripe");
		assertThat(stripes.get(0).getAttribute("fill")).isNotEqualTo(stripes.get(1).getAttribute("fill"));
		assertThat(stripes.get(3).getAttribute("fill")).isNotEqualTo(stripes.get(4).getAttribute("fill"));
		assertThat(stripes.get(0).getAttribute("fill")).isEqualTo(stripes.get(5).getAttribute("fill"));
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		var svg = SvgDocument.parse(JourneyMapSvg.render(clinic(), Locale.ENGLISH));

		assertThat(svg.texts("touchpoint-channel")).startsWith("Phone", "Website");
		assertThat(svg.texts("touchpoint-pains")).startsWith("Pains: 2");
		assertThat(svg.root().getElementsByTagNameNS(SvgDocument.SVG, "desc").item(0).getTextContent())
			.isEqualTo("Customer journey map: 3 stages, 8 touchpoints.");
	}

	@Test
	void isLandscapeEvenWithManyTouchpointsInFewStages() throws Exception {
		List<TouchpointCard> many = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			many.add(card("Точка " + i, "OFFLINE", i % 3, 3, 3));
		}
		var tall = new MapView("Длинный путь",
				List.of(new StageView(UUID.randomUUID(), "Этап 1", List.of(), many),
						new StageView(UUID.randomUUID(), "Этап 2", List.of(), many.subList(0, 5))));
		var svg = SvgDocument.parse(JourneyMapSvg.render(tall, RU));

		double width = Double.parseDouble(svg.root().getAttribute("width"));
		double height = Double.parseDouble(svg.root().getAttribute("height"));
		assertThat(width / height).isGreaterThan(1);
		assertThat(svg.all("g", "touchpoint")).hasSize(45);
		assertThat(svg.root().getAttribute("viewBox")).isEqualTo("0 0 " + svg.root().getAttribute("width") + " "
				+ svg.root().getAttribute("height"));
	}

	@Test
	void drawsAnEmptyMapWithAHint() throws Exception {
		var svg = SvgDocument.parse(JourneyMapSvg.render(new MapView("Пустая карта", List.of()), RU));

		assertThat(svg.all("g", "touchpoint")).isEmpty();
		assertThat(svg.texts("empty")).containsExactly("Пока нет точек касания");
	}

	@Test
	void rendersTheSameLayoutAsPng() throws Exception {
		var svg = SvgDocument.parse(JourneyMapSvg.render(clinic(), RU));
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(JourneyMapSvg.png(clinic(), RU)));

		assertThat(png.getWidth()).isEqualTo((int) Math.ceil(Double.parseDouble(svg.root().getAttribute("width"))));
		assertThat(png.getHeight()).isEqualTo((int) Math.ceil(Double.parseDouble(svg.root().getAttribute("height"))));
		Element header = svg.all("rect", "stage-header").get(0);
		int x = (int) SvgDocument.number(header, "x") + 20;
		int y = (int) SvgDocument.number(header, "y") + 4;
		// the dark stage header is painted where the SVG puts it
		assertThat(png.getRGB(x, y) & 0xff).isLessThan(100);
		assertThat(png.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
	}
}
