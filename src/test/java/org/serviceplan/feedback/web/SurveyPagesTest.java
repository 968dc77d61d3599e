package org.serviceplan.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.feedback.Metric;
import org.serviceplan.feedback.internal.survey.Survey;
import org.serviceplan.feedback.internal.survey.SurveyDetails;
import org.serviceplan.feedback.internal.survey.Surveys;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class SurveyPagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Surveys surveys;
	@Value("${serviceplan.base-url}")
	String baseUrl;

	Company clinic;
	String base;

	@BeforeEach
	void clinic() {
		clinic = companies.company("Клиника");
		base = "/w/" + clinic.id() + "/surveys";
	}

	Survey survey() {
		return TenantContext.inWorkspace(clinic.id(), () -> surveys.create(SurveyDetails.standard("CSAT ожидания",
				Metric.CSAT, "Довольны ли вы?", "Are you satisfied?")));
	}

	/** The survey form filled in, with {@code changes} as name, value pairs replacing or adding fields. */
	MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "NPS после визита", "metric", "NPS",
				"questionRu", "Порекомендуете ли вы нас?", "questionEn", "Would you recommend us?", "extraKind", "NONE",
				"channel", "OFFLINE"));
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		request.with(user(clinic.owner())).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void newFormStartsFromTheStandardQuestionOfTheMetric() throws Exception {
		mvc.perform(get(base + "/new").param("metric", "CES").with(user(clinic.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Компания позволила легко решить мой вопрос.")));
	}

	@Test
	void createsASurveyAndShowsItsLinkAndQrCode() throws Exception {
		String location = mvc.perform(form(post(base)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern(base + "/*"))
			.andExpect(flash().attribute("flash", "survey.saved"))
			.andReturn().getResponse().getRedirectedUrl();

		Survey created = TenantContext.inWorkspace(clinic.id(), () -> surveys.all()).get(0);
		assertThat(created.name()).isEqualTo("NPS после визита");
		assertThat(created.channel()).isEqualTo("OFFLINE");
		mvc.perform(get(location).with(user(clinic.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(baseUrl + "/f/" + created.code().value())))
			.andExpect(content().string(containsString("<svg")));
		mvc.perform(get(base).with(user(clinic.owner())))
			.andExpect(content().string(containsString(created.code().value())));
	}

	@Test
	void refusedSurveyIsShownAgainWithTheFieldsError() throws Exception {
		mvc.perform(form(post(base), "questionEn", "", "commentQuestionRu", "Что улучшить?"))
			.andExpect(status().isOk())
			.andExpect(view().name(SurveyController.FORM))
			.andExpect(content().string(containsString("Поле обязательно для заполнения.")))
			.andExpect(content().string(containsString("Что улучшить?")));
		mvc.perform(form(post(base), "commentQuestionRu", "Что улучшить?"))
			.andExpect(content().string(containsString("Заполните текст на обоих языках")));
		mvc.perform(form(post(base), "touchpointId", UUID.randomUUID().toString()))
			.andExpect(content().string(containsString("Такой точки касания нет")));

		assertThat(TenantContext.inWorkspace(clinic.id(), () -> surveys.all())).isEmpty();
	}

	@Test
	void editOfAnOlderVersionIsRefusedAndNothingChanges() throws Exception {
		Survey survey = survey();

		mvc.perform(form(post(base + "/" + survey.id()), "version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(post(base + "/" + survey.id()), "name", "Чужая правка", "version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Запись уже изменил кто-то другой")));

		assertThat(TenantContext.inWorkspace(clinic.id(), () -> surveys.survey(survey.id())).name())
			.isEqualTo("NPS после визита");
	}

	@Test
	void pausingClosesThePublicPage() throws Exception {
		Survey survey = survey();
		mvc.perform(get("/f/" + survey.code().value())).andExpect(status().isOk());

		mvc.perform(post(base + "/" + survey.id() + "/pause").param("version", "0")
			.with(user(clinic.owner())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "survey.paused"));

		mvc.perform(get("/f/" + survey.code().value())).andExpect(status().isNotFound());
		mvc.perform(post(base + "/" + survey.id() + "/resume").param("version", "1")
			.with(user(clinic.owner())).with(csrf()));
		mvc.perform(get("/f/" + survey.code().value())).andExpect(status().isOk());
	}

	@Test
	void qrCodePngReadsBackAsTheSurveysLink() throws Exception {
		Survey survey = survey();

		byte[] png = mvc.perform(get(base + "/" + survey.id() + "/qr.png").with(user(clinic.owner())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();

		var image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
				pixels)));
		assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(baseUrl + "/f/" + survey.code().value());
	}

	@Test
	void printableCardHasTheQuestionAndTheCode() throws Exception {
		Survey survey = survey();

		mvc.perform(get(base + "/" + survey.id() + "/card").with(user(clinic.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Довольны ли вы?")))
			.andExpect(content().string(containsString("Are you satisfied?")))
			.andExpect(content().string(containsString("<svg")));
	}

	@Test
	void previewShowsTheCustomersPageWithoutSending() throws Exception {
		Survey survey = survey();

		mvc.perform(get(base + "/" + survey.id() + "/preview").param("lang", "en").with(user(clinic.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Are you satisfied?")))
			.andExpect(content().string(containsString("disabled")));
	}

	@Test
	void invitationCsvHasOneWorkingLinkALine() throws Exception {
		Survey survey = survey();

		String csv = mvc.perform(post(base + "/" + survey.id() + "/invitations").param("count", "3")
			.with(user(clinic.owner())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(4).first().isEqualTo("link");
		String prefix = baseUrl + "/f/" + survey.code().value() + "/";
		assertThat(lines.subList(1, 4)).allSatisfy(link -> assertThat(link).startsWith(prefix)).doesNotHaveDuplicates();
		mvc.perform(get(lines.get(1).substring(baseUrl.length()))).andExpect(status().isOk());
		assertThat(TenantContext.inWorkspace(clinic.id(), () -> surveys.invitations(survey.id())).issued())
			.isEqualTo(3);
		mvc.perform(post(base + "/" + survey.id() + "/invitations").param("count", "0")
			.with(user(clinic.owner())).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(flash().attribute("flashError", "survey.rule.invitationCount"));
	}

	@Test
	void employeesCannotManageSurveys() throws Exception {
		var employee = companies.join(clinic, Role.EMPLOYEE);

		mvc.perform(get(base).with(user(employee))).andExpect(status().isForbidden());
	}
}
