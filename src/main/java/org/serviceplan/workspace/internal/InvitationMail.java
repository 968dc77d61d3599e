package org.serviceplan.workspace.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation link when SMTP is configured. The inviter always sees the link too, so a mail
 * that cannot be sent costs nothing but a log line.
 */
@Component
class InvitationMail {

	private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

	private final ObjectProvider<JavaMailSender> mailSender;
	private final MessageSource messages;
	private final WorkspaceProperties properties;

	InvitationMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, WorkspaceProperties properties) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.properties = properties;
	}

	/** @return whether a mail went out */
	boolean send(Staffing.Invited invited, String workspaceName, String inviterName, ZoneId zone, Locale locale) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return false;
		}
		String expires = DateTimeFormatter.ofPattern(messages.getMessage("format.dateTime", null, locale))
			.format(invited.expiresAt().atZone(zone));
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(properties.mail().from());
		mail.setTo(invited.person().email());
		mail.setSubject(messages.getMessage("invitation.mail.subject", new Object[] { workspaceName }, locale));
		mail.setText(messages.getMessage("invitation.mail.body",
				new Object[] { invited.person().name(), inviterName, workspaceName, invited.url(), expires }, locale));
		try {
			sender.send(mail);
			return true;
		}
		catch (MailException e) {
			log.warn("Invitation mail to {} not sent: {}", invited.person().email(), e.getMessage());
			return false;
		}
	}
}
