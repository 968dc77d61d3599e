package org.serviceplan.account.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetails implements UserDetailsService {

	private final AccountRepository accounts;
	private final Clock clock;

	AccountUserDetails(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(Account.normalize(email))
			.filter(Account::hasPassword)
			.map(a -> a.toCurrentUser(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("no account"));
	}
}
