package org.serviceplan.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.account.AccountId;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.account.PasswordPolicy;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.SecretCode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaAccounts implements Accounts {

	private final AccountRepository accounts;
	private final ApiTokenRepository tokens;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	JpaAccounts(AccountRepository accounts, ApiTokenRepository tokens, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	public AccountView register(String email, String name, String rawPassword, Locale locale) {
		if (accounts.findByEmail(Account.normalize(email)).isPresent()) {
			throw new BusinessRuleViolation("email", "account.emailTaken");
		}
		PasswordPolicy.check("password", rawPassword);
		return view(accounts.save(new Account(email, name, passwordEncoder.encode(rawPassword), locale, clock.instant())));
	}

	@Override
	public AccountView ensure(String email, String name, String rawPassword, Locale locale) {
		return accounts.findByEmail(Account.normalize(email))
			.map(JpaAccounts::view)
			.orElseGet(() -> register(email, name, rawPassword, locale));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return accounts.findByEmail(Account.normalize(email)).map(JpaAccounts::view);
	}

	@Override
	@Transactional(readOnly = true)
	public AccountView get(AccountId id) {
		return view(account(id));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean passwordMatches(AccountId id, String rawPassword) {
		Account account = account(id);
		return account.hasPassword() && rawPassword != null
				&& passwordEncoder.matches(rawPassword, account.toCurrentUser(clock.instant()).getPassword());
	}

	@Override
	public void rename(AccountId id, String name) {
		account(id).rename(name);
	}

	@Override
	public void changePassword(AccountId id, String currentPassword, String newPassword) {
		if (!passwordMatches(id, currentPassword)) {
			throw new BusinessRuleViolation("currentPassword", "password.wrongCurrent");
		}
		PasswordPolicy.check("newPassword", newPassword);
		account(id).changePassword(passwordEncoder.encode(newPassword), clock.instant());
	}

	@Override
	public void speak(AccountId id, Locale locale) {
		account(id).speak(locale);
	}

	@Override
	public void openedWorkspace(AccountId id, UUID workspaceId) {
		Account account = account(id);
		if (!account.lastWorkspace().equals(Optional.of(workspaceId))) {
			account.openedWorkspace(workspaceId);
		}
	}

	@Override
	public IssuedToken issueToken(AccountId id, String name) {
		account(id);
		String token = "sp_" + SecretCode.generate(32);
		ApiToken saved = tokens.save(new ApiToken(id.value(), name, SecretCode.hash(token), clock.instant()));
		return new IssuedToken(saved.id(), saved.name(), token, saved.createdAt());
	}

	@Override
	@Transactional(readOnly = true)
	public List<TokenView> tokens(AccountId id) {
		return tokens.findByAccountIdOrderByCreatedAt(id.value())
			.stream()
			.map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt()))
			.toList();
	}

	@Override
	public void revokeToken(AccountId id, UUID tokenId) {
		tokens.delete(tokens.findByIdAndAccountId(tokenId, id.value())
			.orElseThrow(() -> new RecordNotFound("token", tokenId)));
	}

	/** The account a bearer token stands for, if the token is known. */
	Optional<CurrentUser> authenticateToken(String token) {
		return tokens.findByTokenHash(SecretCode.hash(token)).flatMap(t -> {
			t.usedAt(clock.instant());
			return accounts.findById(t.accountId());
		}).map(a -> a.toCurrentUser(clock.instant()));
	}

	private Account account(AccountId id) {
		return accounts.findById(id.value()).orElseThrow(() -> new RecordNotFound("account", id));
	}

	private static AccountView view(Account a) {
		return new AccountView(new AccountId(a.id()), a.email(), a.name(), a.locale(), a.lastWorkspace());
	}
}
