/**
 * Indonesian provinces (38) and their kabupaten/kota (514), one row per province.
 * Source: shared/data/wilayah.tsv (emsifa/api-wilayah-indonesia, provinces.csv @ 81e078ad, regencies.csv @ 12c03d9d),
 * names from its name_normalized column ("Kep." spelt out). That file predates 2022, so the regencies of the four provinces created
 * in 2022 are moved here by the laws that created them: Papua Selatan (UU 14/2022), Papua Tengah (UU 15/2022),
 * Papua Pegunungan (UU 16/2022) and Papua Barat Daya (UU 29/2022). Names are stored as "A|B|C" strings because
 * this module ships in a content script: 514 small objects would cost more bytes than the names.
 * regions.test.ts checks every kabupaten/kota of wilayah.tsv is here.
 */
export interface ProvinceRow {
  name: string;
  /** Kabupaten names, "|"-separated. */
  kab: string;
  /** Kota names, "|"-separated (a kota may share its name with a kabupaten: Kab. and Kota Pekalongan). */
  kota: string;
}

export const PROVINCES: readonly ProvinceRow[] = [
  { name: 'Aceh', kab: 'Aceh Selatan|Aceh Tenggara|Aceh Timur|Aceh Tengah|Aceh Barat|Aceh Besar|Pidie|Aceh Utara|Simeulue|Aceh Singkil|Bireuen|Aceh Barat Daya|Gayo Lues|Aceh Jaya|Nagan Raya|Aceh Tamiang|Bener Meriah|Pidie Jaya', kota: 'Banda Aceh|Sabang|Lhokseumawe|Langsa|Subulussalam' },
  { name: 'Sumatera Utara', kab: 'Tapanuli Tengah|Tapanuli Utara|Tapanuli Selatan|Nias|Langkat|Karo|Deli Serdang|Simalungun|Asahan|Labuhanbatu|Dairi|Toba Samosir|Mandailing Natal|Nias Selatan|Pakpak Bharat|Humbang Hasundutan|Samosir|Serdang Bedagai|Batu Bara|Padang Lawas Utara|Padang Lawas|Labuhanbatu Selatan|Labuhanbatu Utara|Nias Utara|Nias Barat', kota: 'Medan|Pematangsiantar|Sibolga|Tanjung Balai|Binjai|Tebing Tinggi|Padang Sidempuan|Gunungsitoli' },
  { name: 'Sumatera Barat', kab: 'Pesisir Selatan|Solok|Sijunjung|Tanah Datar|Padang Pariaman|Agam|Lima Puluh Kota|Pasaman|Kepulauan Mentawai|Dharmasraya|Solok Selatan|Pasaman Barat', kota: 'Padang|Solok|Sawahlunto|Padang Panjang|Bukittinggi|Payakumbuh|Pariaman' },
  { name: 'Riau', kab: 'Kampar|Indragiri Hulu|Bengkalis|Indragiri Hilir|Pelalawan|Rokan Hulu|Rokan Hilir|Siak|Kuantan Singingi|Kepulauan Meranti', kota: 'Pekanbaru|Dumai' },
  { name: 'Jambi', kab: 'Kerinci|Merangin|Sarolangun|Batanghari|Muaro Jambi|Tanjung Jabung Barat|Tanjung Jabung Timur|Bungo|Tebo', kota: 'Jambi|Sungai Penuh' },
  { name: 'Sumatera Selatan', kab: 'Ogan Komering Ulu|Ogan Komering Ilir|Muara Enim|Lahat|Musi Rawas|Musi Banyuasin|Banyuasin|Ogan Komering Ulu Timur|Ogan Komering Ulu Selatan|Ogan Ilir|Empat Lawang|Penukal Abab Lematang Ilir|Musi Rawas Utara', kota: 'Palembang|Pagar Alam|Lubuk Linggau|Prabumulih' },
  { name: 'Bengkulu', kab: 'Bengkulu Selatan|Rejang Lebong|Bengkulu Utara|Kaur|Seluma|Muko Muko|Lebong|Kepahiang|Bengkulu Tengah', kota: 'Bengkulu' },
  { name: 'Lampung', kab: 'Lampung Selatan|Lampung Tengah|Lampung Utara|Lampung Barat|Tulang Bawang|Tanggamus|Lampung Timur|Way Kanan|Pesawaran|Pringsewu|Mesuji|Tulang Bawang Barat|Pesisir Barat', kota: 'Bandar Lampung|Metro' },
  { name: 'Kepulauan Bangka Belitung', kab: 'Bangka|Belitung|Bangka Selatan|Bangka Tengah|Bangka Barat|Belitung Timur', kota: 'Pangkal Pinang' },
  { name: 'Kepulauan Riau', kab: 'Bintan|Karimun|Natuna|Lingga|Kepulauan Anambas', kota: 'Batam|Tanjung Pinang' },
  { name: 'DKI Jakarta', kab: 'Kepulauan Seribu', kota: 'Jakarta Pusat|Jakarta Utara|Jakarta Barat|Jakarta Selatan|Jakarta Timur' },
  { name: 'Jawa Barat', kab: 'Bogor|Sukabumi|Cianjur|Bandung|Garut|Tasikmalaya|Ciamis|Kuningan|Cirebon|Majalengka|Sumedang|Indramayu|Subang|Purwakarta|Karawang|Bekasi|Bandung Barat|Pangandaran', kota: 'Bogor|Sukabumi|Bandung|Cirebon|Bekasi|Depok|Cimahi|Tasikmalaya|Banjar' },
  { name: 'Jawa Tengah', kab: 'Cilacap|Banyumas|Purbalingga|Banjarnegara|Kebumen|Purworejo|Wonosobo|Magelang|Boyolali|Klaten|Sukoharjo|Wonogiri|Karanganyar|Sragen|Grobogan|Blora|Rembang|Pati|Kudus|Jepara|Demak|Semarang|Temanggung|Kendal|Batang|Pekalongan|Pemalang|Tegal|Brebes', kota: 'Magelang|Surakarta|Salatiga|Semarang|Pekalongan|Tegal' },
  { name: 'DI Yogyakarta', kab: 'Kulon Progo|Bantul|Gunungkidul|Sleman', kota: 'Yogyakarta' },
  { name: 'Jawa Timur', kab: 'Pacitan|Ponorogo|Trenggalek|Tulungagung|Blitar|Kediri|Malang|Lumajang|Jember|Banyuwangi|Bondowoso|Situbondo|Probolinggo|Pasuruan|Sidoarjo|Mojokerto|Jombang|Nganjuk|Madiun|Magetan|Ngawi|Bojonegoro|Tuban|Lamongan|Gresik|Bangkalan|Sampang|Pamekasan|Sumenep', kota: 'Kediri|Blitar|Malang|Probolinggo|Pasuruan|Mojokerto|Madiun|Surabaya|Batu' },
  { name: 'Banten', kab: 'Pandeglang|Lebak|Tangerang|Serang', kota: 'Tangerang|Cilegon|Serang|Tangerang Selatan' },
  { name: 'Bali', kab: 'Jembrana|Tabanan|Badung|Gianyar|Klungkung|Bangli|Karangasem|Buleleng', kota: 'Denpasar' },
  { name: 'Nusa Tenggara Barat', kab: 'Lombok Barat|Lombok Tengah|Lombok Timur|Sumbawa|Dompu|Bima|Sumbawa Barat|Lombok Utara', kota: 'Mataram|Bima' },
  { name: 'Nusa Tenggara Timur', kab: 'Kupang|Timor Tengah Selatan|Timor Tengah Utara|Belu|Alor|Flores Timur|Sikka|Ende|Ngada|Manggarai|Sumba Timur|Sumba Barat|Lembata|Rote Ndao|Manggarai Barat|Nagekeo|Sumba Tengah|Sumba Barat Daya|Manggarai Timur|Sabu Raijua|Malaka', kota: 'Kupang' },
  { name: 'Kalimantan Barat', kab: 'Sambas|Mempawah|Sanggau|Ketapang|Sintang|Kapuas Hulu|Bengkayang|Landak|Sekadau|Melawi|Kayong Utara|Kubu Raya', kota: 'Pontianak|Singkawang' },
  { name: 'Kalimantan Tengah', kab: 'Kotawaringin Barat|Kotawaringin Timur|Kapuas|Barito Selatan|Barito Utara|Katingan|Seruyan|Sukamara|Lamandau|Gunung Mas|Pulang Pisau|Murung Raya|Barito Timur', kota: 'Palangkaraya' },
  { name: 'Kalimantan Selatan', kab: 'Tanah Laut|Kotabaru|Banjar|Barito Kuala|Tapin|Hulu Sungai Selatan|Hulu Sungai Tengah|Hulu Sungai Utara|Tabalong|Tanah Bumbu|Balangan', kota: 'Banjarmasin|Banjarbaru' },
  { name: 'Kalimantan Timur', kab: 'Paser|Kutai Kartanegara|Berau|Kutai Barat|Kutai Timur|Penajam Paser Utara|Mahakam Ulu', kota: 'Balikpapan|Samarinda|Bontang' },
  { name: 'Kalimantan Utara', kab: 'Bulungan|Malinau|Nunukan|Tana Tidung', kota: 'Tarakan' },
  { name: 'Sulawesi Utara', kab: 'Bolaang Mongondow|Minahasa|Kepulauan Sangihe|Kepulauan Talaud|Minahasa Selatan|Minahasa Utara|Minahasa Tenggara|Bolaang Mongondow Utara|Kepulauan Siau Tagulandang Biaro|Bolaang Mongondow Timur|Bolaang Mongondow Selatan', kota: 'Manado|Bitung|Tomohon|Kotamobagu' },
  { name: 'Sulawesi Tengah', kab: 'Banggai|Poso|Donggala|Toli Toli|Buol|Morowali|Banggai Kepulauan|Parigi Moutong|Tojo Una Una|Sigi|Banggai Laut|Morowali Utara', kota: 'Palu' },
  { name: 'Sulawesi Selatan', kab: 'Kepulauan Selayar|Bulukumba|Bantaeng|Jeneponto|Takalar|Gowa|Sinjai|Bone|Maros|Pangkajene Kepulauan|Barru|Soppeng|Wajo|Sidenreng Rappang|Pinrang|Enrekang|Luwu|Tana Toraja|Luwu Utara|Luwu Timur|Toraja Utara', kota: 'Makassar|Pare Pare|Palopo' },
  { name: 'Sulawesi Tenggara', kab: 'Kolaka|Konawe|Muna|Buton|Konawe Selatan|Bombana|Wakatobi|Kolaka Utara|Konawe Utara|Buton Utara|Kolaka Timur|Konawe Kepulauan|Muna Barat|Buton Tengah|Buton Selatan', kota: 'Kendari|Bau Bau' },
  { name: 'Gorontalo', kab: 'Gorontalo|Boalemo|Bone Bolango|Pahuwato|Gorontalo Utara', kota: 'Gorontalo' },
  { name: 'Sulawesi Barat', kab: 'Pasangkayu|Mamuju|Mamasa|Polewali Mandar|Majene|Mamuju Tengah', kota: '' },
  { name: 'Maluku', kab: 'Maluku Tengah|Maluku Tenggara|Kepulauan Tanimbar|Buru|Seram Bagian Timur|Seram Bagian Barat|Kepulauan Aru|Maluku Barat Daya|Buru Selatan', kota: 'Ambon|Tual' },
  { name: 'Maluku Utara', kab: 'Halmahera Barat|Halmahera Tengah|Halmahera Utara|Halmahera Selatan|Kepulauan Sula|Halmahera Timur|Pulau Morotai|Pulau Taliabu', kota: 'Ternate|Tidore Kepulauan' },
  { name: 'Papua Selatan', kab: 'Merauke|Boven Digoel|Mappi|Asmat', kota: '' },
  { name: 'Papua Pegunungan', kab: 'Jayawijaya|Pegunungan Bintang|Yahukimo|Tolikara|Mamberamo Tengah|Yalimo|Lanny Jaya|Nduga', kota: '' },
  { name: 'Papua', kab: 'Jayapura|Kepulauan Yapen|Biak Numfor|Sarmi|Keerom|Waropen|Supiori|Mamberamo Raya', kota: 'Jayapura' },
  { name: 'Papua Tengah', kab: 'Nabire|Puncak Jaya|Paniai|Mimika|Puncak|Dogiyai|Intan Jaya|Deiyai', kota: '' },
  { name: 'Papua Barat Daya', kab: 'Sorong|Sorong Selatan|Raja Ampat|Tambrauw|Maybrat', kota: 'Sorong' },
  { name: 'Papua Barat', kab: 'Manokwari|Fak Fak|Teluk Bintuni|Teluk Wondama|Kaimana|Manokwari Selatan|Pegunungan Arfak', kota: '' },
];
