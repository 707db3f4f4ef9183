/**
 * The command line: one root command ({@code java -jar target/khumkha.jar}) with a subcommand per job.
 * Exit codes: 0 ok, 1 findings (SHACL violations), 2 bad usage or input.
 */
package org.khumkha.cli;
