/**
 * Accounts: who can log in, passwords, login throttling, personal access tokens, the user's language.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.serviceplan.account;
