/**
 * The LINE rich menus of {@code richmenu/}: {@link jp.chigasaki.kyodo.richmenu.RichMenus} loads and checks the files
 * against the knowledge and draws their pictures; {@link jp.chigasaki.kyodo.richmenu.RichMenuDeployment} puts them on
 * a channel ({@code richmenu deploy}). No state of its own: the files are the truth, the channel a copy of them.
 */
package jp.chigasaki.kyodo.richmenu;
