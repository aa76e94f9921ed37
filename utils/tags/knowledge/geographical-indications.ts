/**
 * Registered Geographical Indications (Indikasi Geografis, DJKI). Source: shared/design/marketplaces.md
 * §4.2, each row with the article it cites. Names still in process there (Gerabah Kasongan Bantul,
 * Batik Merawit Cirebon, Batik Bakaran Pati, …) and "Kopi Arabika Sumatera Mandailing" (registered name
 * uncertain) are left out on purpose. An indication is suggested only when the listing names both its
 * product and its place, and always with a note to check the right to use it: the name belongs to the
 * registered producers' association, not to anyone who sells the product.
 */
import type { GeographicalIndication } from './types';

const notRobusta = ['kopi-robusta', 'kopi-liberika'];

export const GEOGRAPHICAL_INDICATIONS: readonly GeographicalIndication[] = [
  { name: 'Kopi Arabika Kintamani Bali', requires: [['kopi-arabika'], ['place:Kintamani']], excludes: notRobusta, source: 'patenindonesia.com/?p=803; ditjenbun (first IG, 2008)' },
  { name: 'Kopi Arabika Gayo', requires: [['kopi-arabika'], ['place:Gayo', 'place:Gayo Lues']], excludes: notRobusta, source: 'tribunnews 2020-10-26 (DJKI); also protected in the EU' },
  { name: 'Kopi Arabika Flores Bajawa', requires: [['kopi-arabika'], ['place:Bajawa']], excludes: notRobusta, source: 'IG certificate ID G 000 000 014 (vdokumen, buku persyaratan)' },
  { name: 'Kopi Arabika Java Ijen Raung', requires: [['kopi-arabika'], ['place:Ijen', 'place:Raung']], excludes: notRobusta, source: 'surabaya.inews.id 263492' },
  { name: 'Kopi Hyang Argopuro', requires: [['kopi'], ['place:Argopuro']], source: 'surabaya.inews.id 263492' },
  { name: 'Kopi Robusta Pasuruan', requires: [['kopi-robusta'], ['place:Pasuruan']], source: 'surabaya.inews.id 263492' },
  { name: 'Kopi Liberika Rangsang Meranti', requires: [['kopi-liberika'], ['place:Meranti', 'place:Rangsang', 'place:Kepulauan Meranti']], source: 'kopilogi.id indikasi-geografis-kopi-indonesia' },
  { name: 'Lada Putih Muntok', requires: [['lada-putih'], ['place:Muntok']], source: 'dgip.go.id (Inacraft 2023 article; 4th IG, 2010)' },
  { name: 'Gambir Toman Musi Banyuasin', requires: [['gambir'], ['place:Musi Banyuasin']], source: 'idxchannel (DJKI, three IG certificates, 2023)' },
  { name: 'Bandeng Asap Sidoarjo', requires: [['bandeng-asap'], ['place:Sidoarjo']], source: 'surabaya.inews.id 263492' },
  { name: 'Tenun Ikat Sikka', requires: [['tenun-ikat'], ['place:Sikka']], source: 'dgip.go.id, certificate ID G 000000056, 8 Mar 2017' },
  { name: 'Tenun Ikat Alor', requires: [['tenun-ikat'], ['place:Alor']], source: 'flores.tribunnews.com 2023-10-04' },
  { name: 'Tenun Songket Alor', requires: [['songket'], ['place:Alor']], source: 'flores.tribunnews.com 2023-10-04' },
  { name: 'Sarung Batik Pekalongan', requires: [['sarung'], ['batik'], ['place:Pekalongan']], source: 'idxchannel (DJKI, three IG certificates, 2023)' },
  { name: 'Batik Tulis Lasem', requires: [['batik-tulis'], ['place:Lasem']], source: 'tikta.id news-2421 (Kemenperin, Swiss fair)' },
  { name: 'Batik Tulis Nitik Yogyakarta', requires: [['batik-tulis'], ['term:nitik'], ['place:Yogyakarta']], source: 'wahananews (Kemenperin, batik IG certification)' },
  { name: 'Batik Tulis Complongan Indramayu', requires: [['batik-tulis'], ['term:complongan'], ['place:Indramayu']], source: 'wahananews (Kemenperin, batik IG certification)' },
  { name: 'Batik Besurek Bengkulu', requires: [['batik'], ['term:besurek', 'term:basurek'], ['place:Bengkulu']], source: 'wahananews (Kemenperin, batik IG certification)' },
  { name: 'Mebel Ukir Jepara', requires: [['mebel-ukir'], ['place:Jepara']], source: 'tikta.id news-2421 (Kemenperin, Swiss fair)' },
  { name: 'Genteng Sokka Kebumen', requires: [['genteng'], ['place:Sokka']], source: 'tikta.id news-2421 (Kemenperin, Swiss fair)' },
];
