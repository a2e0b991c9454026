/**
 * What every feature's Redis code shares and no feature owns: the Lua scripts' loading and consumer-group stream
 * reads. Depends on no feature.
 */
package jp.chigasaki.kyodo.redis;
