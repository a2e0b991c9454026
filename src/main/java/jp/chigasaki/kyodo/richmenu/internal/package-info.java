/** Reading, checking, laying out and drawing the rich menu files, and the steps of a deployment. */
package jp.chigasaki.kyodo.richmenu.internal;
