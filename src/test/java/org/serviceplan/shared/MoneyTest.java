package org.serviceplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyTest {

	@Test
	void showsRoublesWithTheRoubleSignInRussian() {
		assertThat(Money.rubles("1234567.5").format(Locale.forLanguageTag("ru"))).isEqualTo("1 234 567,50 ₽");
	}

	@Test
	void showsRoublesWithTheRoubleSignInEnglishToo() {
		assertThat(Money.rubles("1234.5").format(Locale.ENGLISH)).isEqualTo("1,234.50 ₽");
	}

	@Test
	void roundsToTheCurrencysMinorUnit() {
		assertThat(new Money(new BigDecimal("10.005"), Currency.getInstance("KZT")).amount()).isEqualByComparingTo("10.00");
	}
}
