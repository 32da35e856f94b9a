/**
 * The {@code hesstrucks} command line: {@code run}, {@code validate}, {@code report} and {@code plugins}
 * (picocli). Bad input is reported as one line per problem on standard error, without stack traces unless
 * {@code --verbose} is given. Exit codes: 0 success; 1 an internal failure; 2 bad input (a sweep file,
 * a plugin folder); 3 a sweep that finished with cells in {@code error}.
 */
package org.hesstrucks.harness.cli;
