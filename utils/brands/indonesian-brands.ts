/**
 * Brands owned in Indonesia. They are never an import signal (a Polytron TV or an Eiger bag is not
 * an import), and a place that is part of such a brand's product name says nothing either way. The
 * list is not evidence that a product is local: programme tags need the listing's own words (see
 * utils/tags/rules/programme-tags.ts). One brand a line, with the page naming its Indonesian owner;
 * wiki = id.wikipedia.org/wiki/ unless written out.
 */
import type { BrandRow } from './types';

export const INDONESIAN_BRANDS: readonly BrandRow[] = [
  { name: 'ADVAN', terms: ['advan'], country: 'ID', category: 'phone' }, // wiki/Advan_(perusahaan) (Semarang)
  { name: 'Polytron', country: 'ID', category: 'electronics' }, // wiki/Polytron (Hartono Istana Teknologi, Kudus)
  { name: 'Evercoss', country: 'ID', category: 'phone' }, // wiki/Evercoss (Semarang)
  { name: 'Axioo', country: 'ID', category: 'computer' }, // wiki/Axioo (Jakarta)
  { name: 'Zyrex', country: 'ID', category: 'computer' }, // wiki/Zyrex (Jakarta)
  { name: 'Maspion', country: 'ID', category: 'household' }, // wiki/Maspion (Surabaya)
  { name: 'Miyako', country: 'ID', category: 'household' }, // wiki/Miyako_(perusahaan) (Kencana Gemilang, Jakarta)
  { name: 'Cosmos', country: 'ID', category: 'household', cased: true }, // cosmos.id tentang kami (Star Cosmos, Tangerang)
  { name: 'Oxone', country: 'ID', category: 'household' }, // oxone.co.id tentang kami (Jakarta)
  { name: 'Eiger', country: 'ID', category: 'fashion' }, // wiki/Eiger_(perusahaan) (Bandung)
  { name: 'Consina', country: 'ID', category: 'fashion' }, // consina.com about (Jakarta)
  { name: 'Erigo', country: 'ID', category: 'fashion' }, // erigostore.co.id about (Jakarta)
  { name: 'Aerostreet', country: 'ID', category: 'fashion' }, // aerostreet.co.id (Tegal)
  { name: 'Ventela', country: 'ID', category: 'fashion' }, // ventelashoes.com (Bandung)
  { name: 'Compass', country: 'ID', category: 'fashion', cased: true }, // sepatucompass.com (Bandung)
  { name: 'Brodo', country: 'ID', category: 'fashion' }, // bro.do about (Bandung)
  { name: 'Piero', country: 'ID', category: 'fashion' }, // piero.co.id (Jakarta)
  { name: 'Polygon', country: 'ID', category: 'bicycle', cased: true }, // wiki/Polygon_Bikes (Insera Sena, Sidoarjo)
  { name: 'United Bike', terms: ['united bike'], country: 'ID', category: 'bicycle' }, // unitedbike.co.id (Terang Dunia Internusa, Jakarta)
  { name: 'Wardah', country: 'ID', category: 'cosmetics' }, // wiki/Paragon_Technology_and_Innovation (Wardah)
  { name: 'Emina', country: 'ID', category: 'cosmetics' }, // wiki/Paragon_Technology_and_Innovation (Emina)
  { name: 'Make Over', terms: ['make over', 'makeover'], country: 'ID', category: 'cosmetics' }, // wiki/Paragon_Technology_and_Innovation (Make Over)
  { name: 'Kahf', country: 'ID', category: 'cosmetics' }, // wiki/Paragon_Technology_and_Innovation (Kahf)
  { name: 'Scarlett', country: 'ID', category: 'cosmetics', cased: true }, // scarlettwhitening.com (Felicya Angelista, Jakarta)
  { name: 'Somethinc', country: 'ID', category: 'cosmetics' }, // somethinc.com about (Jakarta)
  { name: 'Azarine', country: 'ID', category: 'cosmetics' }, // azarinecosmetic.com (Surabaya)
  { name: 'Hanasui', country: 'ID', category: 'cosmetics' }, // hanasui.id (Jakarta)
  { name: 'MS Glow', terms: ['ms glow', 'msglow'], country: 'ID', category: 'cosmetics' }, // msglowid.com (Malang)
  { name: 'Sariayu', terms: ['sariayu', 'sari ayu'], country: 'ID', category: 'cosmetics' }, // wiki/Martina_Berto (Sariayu)
  { name: 'Mustika Ratu', country: 'ID', category: 'cosmetics' }, // wiki/Mustika_Ratu
  { name: 'Viva Cosmetics', terms: ['viva cosmetics', 'viva kosmetik'], country: 'ID', category: 'cosmetics' }, // vivacosmetic.com (Surabaya)
  { name: 'Daviena', country: 'ID', category: 'cosmetics' }, // davienaskincare.com (Medan)
  { name: 'Project 1945', country: 'ID', category: 'fragrance' }, // project1945.com (Jakarta)
  { name: 'Saff & Co', terms: ['saff co', 'saff and co'], country: 'ID', category: 'fragrance' }, // saffnco.com (Jakarta)
  { name: 'Kapal Api', country: 'ID', category: 'drink' }, // wiki/Kapal_Api (Surabaya)
  { name: 'Good Day', terms: ['good day'], country: 'ID', category: 'drink' }, // wiki/Kapal_Api (Good Day)
  { name: 'Kopiko', country: 'ID', category: 'food' }, // wiki/Mayora_Indah (Kopiko)
  { name: 'Indomie', country: 'ID', category: 'food' }, // wiki/Indomie (Indofood)
  { name: 'Mie Sedaap', terms: ['mie sedaap', 'mie sedap'], country: 'ID', category: 'food' }, // wiki/Wings_Group (Mie Sedaap)
  { name: 'Sosro', country: 'ID', category: 'drink' }, // wiki/Sinar_Sosro
  { name: 'Ultra Milk', terms: ['ultra milk', 'ultra mimi', 'ultrajaya'], country: 'ID', category: 'drink' }, // wiki/Ultrajaya (Bandung)
  { name: 'Filma', country: 'ID', category: 'food' }, // smart-tbk.com (Sinar Mas Agro, Filma)
  { name: 'Sambal Bu Rudy', terms: ['bu rudy'], country: 'ID', category: 'food' }, // burudy.co.id (Surabaya)
  { name: 'Silverqueen', terms: ['silverqueen', 'silver queen'], country: 'ID', category: 'food' }, // wiki/Petra_Foods (Silverqueen, Garut)
  { name: 'Bolu Meranti', country: 'ID', category: 'food' }, // bolumeranti.com (Medan; "Meranti" here is the shop's name, not Kepulauan Meranti)
  { name: 'Monggo', country: 'ID', category: 'food' }, // chocolatemonggo.com (Yogyakarta)
];
