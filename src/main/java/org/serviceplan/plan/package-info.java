/**
 * The service plan (сервисный план, seed 000): the document a company runs its service year by, with
 * checkpoints, global tasks, concrete tasks in blocks, budget, rewards, approval and control.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "workspace" })
package org.serviceplan.plan;
