package org.serviceplan.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.serviceplan.shared.BusinessRuleViolation;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

class Idef0FunctionTest {

	static Idef0Function step(String name) {
		return Idef0Function.of(name, List.of("Пациент"), List.of(), List.of("Пациент принят"), List.of());
	}

	/** Seed 001: the patient's arrival at the clinic as a process with three steps. */
	static Idef0Function reception() {
		return new Idef0Function("П-01", "Принять пациента", List.of("Пациент пришёл", "Запись на приём"),
				List.of("Стандарт приветствия", "Закон о персональных данных"), List.of("Пациент направлен к врачу"),
				List.of("Администратор", "МИС"),
				List.of(step("Установить зрительный контакт"),
						step("Поприветствовать").withChildren(List.of(step("Улыбнуться"), step("Назвать имя"))),
						step("Идентифицировать пациента")));
	}

	@Test
	void numbersNodesAsIdef0Does() {
		assertThat(reception().nodes()).extracting(Idef0Function.Node::number)
			.containsExactly("A0", "A1", "A2", "A21", "A22", "A3");
		assertThat(Idef0Function.childNumber("A0", 0)).isEqualTo("A1");
		assertThat(Idef0Function.childNumber("A2", 5)).isEqualTo("A26");
		assertThat(Idef0Function.childNumber("A21", 2)).isEqualTo("A213");
		assertThat(reception().find("A22")).map(Idef0Function::name).contains("Назвать имя");
		assertThat(reception().find("A7")).isEmpty();
	}

	@Test
	void acceptsAWellFormedFunction() {
		assertThat(reception().violations()).isEmpty();
		assertThat(reception().validated()).isEqualTo(reception());
	}

	@Test
	void requiresAName() {
		var nameless = Idef0Function.of("  ", List.of(), List.of(), List.of(), List.of());

		assertThatThrownBy(nameless::validated).isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
			assertThat(violation.field()).isEqualTo("name");
			assertThat(violation.messageKey()).isEqualTo("journey.idef0.rule.name.required");
		});
	}

	@Test
	void namesTheFieldPathOfABlankItemInAChild() {
		var blank = Idef0Function.of("Поприветствовать", Arrays.asList(" ", null), List.of(), List.of(), List.of());
		var function = reception().withChildren(List.of(step("Установить зрительный контакт"), blank));

		assertThat(function.violations()).extracting(BusinessRuleViolation::field)
			.containsExactly("children[1].inputs[0]", "children[1].inputs[1]");
		assertThat(function.violations()).extracting(BusinessRuleViolation::messageKey)
			.containsOnly("journey.idef0.rule.item.blank");
	}

	@Test
	void refusesMoreThanSixChildren() {
		var seven = Collections.nCopies(7, step("Шаг"));

		assertThat(reception().withChildren(seven).violations()).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("children");
			assertThat(violation.messageKey()).isEqualTo("journey.idef0.rule.children.too-many");
			assertThat(violation.arguments()).containsExactly(6);
		});
		assertThat(reception().withChildren(Collections.nCopies(6, step("Шаг"))).violations()).isEmpty();
	}

	@Test
	void refusesTooLongNamesAndItems() {
		var tooLong = new Idef0Function("К".repeat(41), "Ф".repeat(201), List.of("в".repeat(201)), List.of(),
				List.of(), List.of("м".repeat(200)), List.of());

		assertThat(tooLong.violations()).extracting(BusinessRuleViolation::field, BusinessRuleViolation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("name", "journey.idef0.rule.name.too-long"),
					org.assertj.core.groups.Tuple.tuple("code", "journey.idef0.rule.code.too-long"),
					org.assertj.core.groups.Tuple.tuple("inputs[0]", "journey.idef0.rule.item.too-long"));
	}

	@Test
	void refusesTooManyItemsInAList() {
		var many = Idef0Function.of("Ф", Collections.nCopies(13, "вход"), List.of(), List.of(), List.of());

		assertThat(many.violations()).extracting(BusinessRuleViolation::field).containsExactly("inputs");
	}

	@Test
	void refusesDecompositionDeeperThanFourLevels() {
		var deepest = step("Четвёртый").withChildren(List.of(step("Пятый")));
		var tree = step("Первый")
			.withChildren(List.of(step("Второй").withChildren(List.of(step("Третий").withChildren(List.of(deepest))))));

		assertThat(tree.violations()).extracting(BusinessRuleViolation::field)
			.containsExactly("children[0].children[0].children[0].children");
	}

	@Test
	void saysEveryRuleInRussianAndEnglish() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/journey");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var violations = new ArrayList<BusinessRuleViolation>();
		violations.addAll(Idef0Function.of(" ", List.of(""), List.of(), List.of(), List.of()).violations());
		violations.addAll(new Idef0Function("К".repeat(41), "Ф".repeat(201), Collections.nCopies(13, "в".repeat(201)),
				null, null, null, Collections.nCopies(7, step("Шаг"))).violations());

		assertThat(violations).extracting(BusinessRuleViolation::messageKey).hasSizeGreaterThanOrEqualTo(6);
		for (var violation : violations) {
			String russian = messages.getMessage(violation.messageKey(), violation.arguments(), new Locale("ru"));
			String english = messages.getMessage(violation.messageKey(), violation.arguments(), Locale.ENGLISH);
			assertThat(russian).isNotEqualTo(english).doesNotContain("{0}");
			assertThat(russian).containsPattern("\\p{IsCyrillic}");
		}
	}

	@Test
	void roundTripsThroughTheApplicationsJsonMapper() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
			.withInitializer(context -> context.getEnvironment().getPropertySources().addLast(applicationYml()))
			.run(context -> {
				var json = context.getBean(JsonMapper.class);
				String written = json.writeValueAsString(reception());

				assertThat(written).contains("\"Принять пациента\"", "\"children\"");
				// only the record's components are stored, nothing derived such as node numbers
				assertThat(json.readTree(written).propertyNames()).containsExactlyInAnyOrder("code", "name", "inputs",
						"controls", "outputs", "mechanisms", "children");
				assertThat(json.readValue(written, Idef0Function.class)).isEqualTo(reception());
				assertThat(json.readValue("{\"name\":\"Улыбнуться\"}", Idef0Function.class))
					.isEqualTo(Idef0Function.of("Улыбнуться", List.of(), List.of(), List.of(), List.of()));
			});
	}

	static org.springframework.core.env.PropertySource<?> applicationYml() {
		try {
			return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.get(0);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
