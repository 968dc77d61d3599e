package org.serviceplan.calendar.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.account.AccountId;
import org.serviceplan.shared.SecretCode;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues, finds and revokes members' calendar feeds. A feed belongs to one membership (person in a
 * workspace): a calendar app subscribes per workspace, and leaving a workspace ends its feed.
 */
@Service
@Transactional
public class CalendarFeeds {

	private final CalendarFeedRepository feeds;
	private final Workspaces workspaces;
	private final TransactionTemplate transaction;
	private final Clock clock;

	CalendarFeeds(CalendarFeedRepository feeds, Workspaces workspaces, PlatformTransactionManager transactions,
			Clock clock) {
		this.feeds = feeds;
		this.workspaces = workspaces;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<CalendarFeed> of(UUID personId) {
		return feeds.findByPersonId(personId);
	}

	/** A new token for the member; the one before stops working. @return the token, shown this once */
	public String issue(Member member) {
		feeds.deleteByPerson(member.personId());
		String token = SecretCode.generate(32);
		feeds.save(new CalendarFeed(member.personId(), member.accountId().value(), SecretCode.hash(token),
				clock.instant()));
		return token;
	}

	/** @return whether there was a feed */
	public boolean revoke(UUID personId) {
		return feeds.deleteByPerson(personId) > 0;
	}

	/**
	 * The member a token was issued to, while they are still a member of that workspace; empty for an
	 * unknown or revoked token.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Member> holder(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		// the only look-up across workspaces: a token names its workspace
		Optional<CalendarFeed> feed = TenantContext
			.asRoot(() -> transaction.execute(status -> feeds.findByTokenHash(SecretCode.hash(token))));
		return feed.flatMap(f -> workspaces.membership(new AccountId(f.accountId()), f.workspaceId()))
			.filter(member -> member.personId().equals(feed.get().personId()));
	}
}
