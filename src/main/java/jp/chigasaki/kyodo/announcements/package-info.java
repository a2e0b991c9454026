/**
 * 周知 (a trial of the city's plan): opt-in subscriptions by field, announcements by LINE multicast with a preview
 * and an audit trail, personal notices (meeting proposals, event reminders), and the public read-only {@code /faq}
 * page for people not on LINE. Key schema: {@link jp.chigasaki.kyodo.announcements.AnnouncementStore}.
 */
package jp.chigasaki.kyodo.announcements;
