package org.serviceplan.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.serviceplan.notification.NotificationKind;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.Workspaces.Contact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * E-mails a notification when the server has SMTP ({@code spring.mail.host}) and the person wants it at
 * once: a text and an HTML part from templates, in the language the person chose for their account
 * (Russian when they have none), with an absolute link. The inbox has it anyway, so a mail that cannot be
 * sent costs a log line, not the notification.
 */
@Component
class NotificationMail {

	private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);
	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final ObjectProvider<JavaMailSender> mailSender;
	private final Workspaces workspaces;
	private final Inbox inbox;
	private final NotificationTexts texts;
	private final MessageSource messages;
	private final NotificationProperties properties;
	private final TransactionTemplate transaction;
	private final SpringTemplateEngine templates;

	NotificationMail(ObjectProvider<JavaMailSender> mailSender, Workspaces workspaces, Inbox inbox,
			NotificationTexts texts, MessageSource messages, NotificationProperties properties,
			PlatformTransactionManager transactions) {
		this.mailSender = mailSender;
		this.workspaces = workspaces;
		this.inbox = inbox;
		this.texts = texts;
		this.messages = messages;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.templates = mailTemplates(messages);
	}

	// Mail templates live apart from the pages: templates/mail/*.txt in text mode, *.html in HTML mode.
	private static SpringTemplateEngine mailTemplates(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setTextTemplateModePatterns(Set.of("*.txt"));
		resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	/** Call in the notifications' workspace, after they are saved. */
	void send(List<Notification> notifications) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		for (Notification notification : notifications) {
			var contact = transaction.execute(status -> inbox.preference(notification.recipientId(), notification.kind())
				.mailAtOnce() ? workspaces.contact(notification.recipientId()) : Optional.<Contact>empty());
			if (contact == null || contact.isEmpty() || contact.get().email() == null) {
				continue;
			}
			if (send(sender, notification, contact.get())) {
				transaction.executeWithoutResult(status -> inbox.mailed(notification.id()));
			}
		}
	}

	private boolean send(JavaMailSender sender, Notification notification, Contact contact) {
		Locale locale = localeOf(contact);
		NotificationView view = texts.view(notification, locale);
		Context context = new Context(locale, Map.of("name", contact.name(), "notification", view, "link",
				properties.link(notification.link()), "inbox", properties.link(inboxOf(notification.link()))));
		String kind = notification.kind().name();
		String subject = messages.getMessage("notification.mail.subject." + kind,
				new Object[] { texts.title(notification, locale), firstArg(notification) }, locale);
		// reminders share one template: a title and a link say all there is
		String template = notification.kind() == NotificationKind.PLAN_CHANGED ? kind : "REMINDER";
		return mail(sender, contact, subject, template, context);
	}

	boolean canSend() {
		return mailSender.getIfAvailable() != null;
	}

	/** One mail with several notifications of one person (call in their workspace). */
	boolean sendDigest(List<Notification> notifications) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null || notifications.isEmpty()) {
			return false;
		}
		Optional<Contact> contact = transaction
			.execute(status -> workspaces.contact(notifications.get(0).recipientId()));
		if (contact == null || contact.isEmpty() || contact.get().email() == null) {
			return false;
		}
		Locale locale = localeOf(contact.get());
		List<NotificationView> views = notifications.stream().map(n -> texts.view(n, locale)).toList();
		Context context = new Context(locale, Map.of("name", contact.get().name(), "notifications", views, "base",
				properties.link(""), "inbox", properties.link(inboxOf(notifications.get(0).link()))));
		return mail(sender, contact.get(), messages.getMessage("notification.mail.digest.subject",
				new Object[] { views.size() }, locale), "DIGEST", context);
	}

	private boolean mail(JavaMailSender sender, Contact contact, String subject, String template, Context context) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
			mail.setFrom(properties.mail().from());
			mail.setTo(contact.email());
			mail.setSubject(subject);
			mail.setText(templates.process(template + ".txt", context), templates.process(template + ".html", context));
			sender.send(message);
			return true;
		}
		catch (MailException | MessagingException e) {
			log.warn("Notification mail to {} not sent: {}", contact.email(), e.getMessage());
			return false;
		}
		catch (RuntimeException e) {
			// the notifications are saved; failing here would have the registry deliver them a second time
			log.error("Notification mail to {} not sent", contact.email(), e);
			return false;
		}
	}

	private static Locale localeOf(Contact contact) {
		return contact.locale() == null ? RUSSIAN : contact.locale();
	}

	private String firstArg(Notification notification) {
		var args = texts.titleArgs(notification);
		return args.isEmpty() ? "" : args.get(0);
	}

	/** {@code /w/{ws}/...} → {@code /w/{ws}/inbox}. */
	private static String inboxOf(String link) {
		String[] parts = link.split("/");
		return parts.length > 2 ? "/w/" + parts[2] + "/inbox" : "/";
	}
}
