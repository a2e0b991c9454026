/**
 * The one-command local run's LINE side (profile {@code local} only): a stand-in of the Messaging API inside the
 * service, a generated local channel, and the {@code /emulator} page that talks to the real {@code /callback} with
 * correctly signed webhooks. It refuses to start beside real LINE credentials or the {@code prod} profile.
 */
package jp.chigasaki.kyodo.emulator;
