package org.serviceplan.feedback.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The answer store for the database the application runs on: COPY on PostgreSQL, JDBC batches elsewhere. */
@Configuration(proxyBeanMethods = false)
class AnswerStores {

	@Bean
	AnswerStore answerStore(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactionManager)
			throws MetaDataAccessException {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		if ("PostgreSQL".equals(product)) {
			return new PostgresAnswerStore(dataSource, jdbc, transactions);
		}
		return new PortableAnswerStore(jdbc, transactions, false);
	}
}
