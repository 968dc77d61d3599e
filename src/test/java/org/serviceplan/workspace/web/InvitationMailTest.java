package org.serviceplan.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.workspace.web.PeopleController.InvitationLink;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The one test with SMTP configured: an invitation goes out by mail, and its link lets the person in. */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class InvitationMailTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Pattern LINK = Pattern.compile("http://localhost:8080/invitations/([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Test
	void anInvitationIsMailedInRussianAndItsLinkLetsThePersonIn() throws Exception {
		var company = companies.company("Клиника Почтовая");
		String email = "lena-" + UUID.randomUUID() + "@example.test";
		var invited = mvc
			.perform(post("/w/{ws}/people", company.id()).with(user(company.owner())).with(csrf())
				.param("name", "Елена Почтова").param("email", email).param("role", "EMPLOYEE"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(((InvitationLink) invited.getFlashMap().get("invitation")).mailed()).isTrue();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(email);
		assertThat(mail.getSubject()).isEqualTo("Приглашение в компанию «Клиника Почтовая» — ServicePlan");
		assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
		String body = (String) mail.getContent();
		assertThat(body).contains("Здравствуйте, Елена Почтова!", "Владелец Клиника Почтовая приглашает вас",
				"Ссылка действует до");

		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("link in: %s", body).isTrue();
		String code = link.group(1);
		mvc.perform(get("/invitations/{code}", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Елена Почтова")));
		mvc.perform(post("/invitations/{code}", code).with(csrf())
				.param("name", "Елена Почтова").param("password", TestCompanies.PASSWORD)
				.param("repeat", TestCompanies.PASSWORD))
			.andExpect(redirectedUrl("/login?joined"));
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestCompanies.PASSWORD))
			.andExpect(authenticated().withUsername(email));
	}
}
