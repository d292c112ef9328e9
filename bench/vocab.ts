/** Word lists the synthetic data is made of: ASEAN-shaped names in English and Indonesian. */

/** [English, Indonesian, acronym letters] */
export const TOPICS: readonly (readonly [string, string, string])[] = [
  ['Agriculture and Forestry', 'Pertanian dan Kehutanan', 'AF'],
  ['Energy', 'Energi', 'E'],
  ['Transnational Crime', 'Kejahatan Lintas Negara', 'TC'],
  ['Tourism', 'Pariwisata', 'T'],
  ['Health', 'Kesehatan', 'H'],
  ['Education', 'Pendidikan', 'ED'],
  ['Labour', 'Ketenagakerjaan', 'L'],
  ['Environment', 'Lingkungan Hidup', 'ENV'],
  ['Disaster Management', 'Penanggulangan Bencana', 'DM'],
  ['Economic Integration', 'Integrasi Ekonomi', 'EI'],
  ['Trade in Goods', 'Perdagangan Barang', 'TIG'],
  ['Investment', 'Investasi', 'INV'],
  ['Transport', 'Transportasi', 'TR'],
  ['Telecommunications', 'Telekomunikasi', 'TEL'],
  ['Science and Technology', 'Ilmu Pengetahuan dan Teknologi', 'ST'],
  ['Culture and Arts', 'Kebudayaan dan Seni', 'CA'],
  ['Information', 'Informasi', 'I'],
  ['Youth', 'Kepemudaan', 'Y'],
  ['Sports', 'Olahraga', 'S'],
  ['Women', 'Perempuan', 'W'],
  ['Social Welfare and Development', 'Kesejahteraan Sosial dan Pembangunan', 'SWD'],
  ['Rural Development and Poverty Eradication', 'Pembangunan Perdesaan dan Pengentasan Kemiskinan', 'RDPE'],
  ['Finance', 'Keuangan', 'F'],
  ['Customs', 'Kepabeanan', 'C'],
  ['Minerals', 'Mineral', 'MIN'],
  ['Defence', 'Pertahanan', 'D'],
  ['Law', 'Hukum', 'LAW'],
  ['Immigration', 'Keimigrasian', 'IM'],
  ['Consular Affairs', 'Urusan Konsuler', 'CON'],
  ['Cybersecurity', 'Keamanan Siber', 'CS'],
  ['Digital Economy', 'Ekonomi Digital', 'DE'],
  ['Food Security', 'Ketahanan Pangan', 'FS'],
  ['Fisheries', 'Perikanan', 'FI'],
  ['Biodiversity', 'Keanekaragaman Hayati', 'B'],
  ['Transboundary Haze Pollution', 'Pencemaran Asap Lintas Batas', 'THP'],
  ['Water Resources Management', 'Pengelolaan Sumber Daya Air', 'WRM'],
  ['Sustainable Urbanisation', 'Urbanisasi Berkelanjutan', 'SU'],
  ['Smart Cities', 'Kota Cerdas', 'SC'],
  ['Connectivity', 'Konektivitas', 'CN'],
  ['Human Rights', 'Hak Asasi Manusia', 'HR'],
  ['Counter Terrorism', 'Penanggulangan Terorisme', 'CT'],
  ['Drug Matters', 'Masalah Narkotika', 'DRG'],
  ['Maritime Cooperation', 'Kerja Sama Maritim', 'MC'],
  ['Civil Service Matters', 'Urusan Pelayanan Publik', 'CSM'],
  ['Statistics', 'Statistik', 'STAT'],
  ['Intellectual Property', 'Kekayaan Intelektual', 'IP'],
  ['Competition Policy', 'Kebijakan Persaingan Usaha', 'CP'],
  ['Consumer Protection', 'Perlindungan Konsumen', 'CPR'],
  ['Standards and Conformance', 'Standar dan Kesesuaian', 'SAC'],
  ['Micro, Small and Medium Enterprises', 'Usaha Mikro, Kecil dan Menengah', 'MSME'],
  ['Climate Change', 'Perubahan Iklim', 'CC'],
  ['Peatland Management', 'Pengelolaan Lahan Gambut', 'PM'],
  ['Migrant Workers', 'Pekerja Migran', 'MW'],
  ['Persons with Disabilities', 'Penyandang Disabilitas', 'PWD'],
  ['Ageing', 'Lanjut Usia', 'AG'],
  ['Nutrition', 'Gizi', 'N'],
  ['Pandemic Preparedness', 'Kesiapsiagaan Pandemi', 'PP'],
  ['Electric Vehicles', 'Kendaraan Listrik', 'EV'],
  ['Cultural Heritage', 'Warisan Budaya', 'CH'],
  ['Public Health Emergencies', 'Kedaruratan Kesehatan Masyarakat', 'PHE'],
  ['Trafficking in Persons', 'Perdagangan Orang', 'TIP'],
  ['Mine Action', 'Penanganan Ranjau', 'MA'],
  ['Space Technology', 'Teknologi Antariksa', 'SPT'],
  ['Blue Economy', 'Ekonomi Biru', 'BE'],
  ['Green Jobs', 'Lapangan Kerja Hijau', 'GJ'],
  ['Financial Inclusion', 'Inklusi Keuangan', 'FIN'],
];

/** [English, Indonesian, acronym letters, Indonesian short form] of dialogue partners. */
export const PARTNERS: readonly (readonly [string, string, string])[] = [
  ['Russia', 'Rusia', 'R'],
  ['China', 'Tiongkok', 'C'],
  ['Japan', 'Jepang', 'J'],
  ['Korea', 'Korea', 'K'],
  ['India', 'India', 'I'],
  ['Australia', 'Australia', 'A'],
  ['New Zealand', 'Selandia Baru', 'NZ'],
  ['United States', 'Amerika Serikat', 'US'],
  ['Canada', 'Kanada', 'CA'],
  ['European Union', 'Uni Eropa', 'EU'],
  ['United Kingdom', 'Inggris', 'UK'],
  ['Plus Three', 'Plus Tiga', 'PT'],
];

/** Meeting bodies: [English head, Indonesian head, acronym letters]. The topic follows: "… on Energy" / "… bidang Energi". */
export const BODIES: readonly (readonly [string, string, string])[] = [
  ['Ministers Meeting', 'Pertemuan Menteri', 'MM'],
  ["Senior Officials' Meeting", 'Pertemuan Pejabat Senior', 'SOM'],
  ['Working Group', 'Kelompok Kerja', 'WG'],
  ['Expert Group', 'Kelompok Ahli', 'EG'],
  ['Coordinating Committee', 'Komite Koordinasi', 'CC'],
  ['Task Force', 'Satuan Tugas', 'TF'],
  ['Sectoral Body Meeting', 'Pertemuan Badan Sektoral', 'SB'],
  ['Forum', 'Forum', 'F'],
  ['Dialogue', 'Dialog', 'D'],
  ['Consultative Meeting', 'Pertemuan Konsultasi', 'CM'],
  ['Technical Working Group', 'Kelompok Kerja Teknis', 'TWG'],
  ['Network Meeting', 'Pertemuan Jejaring', 'NM'],
];

/** [English, Indonesian, id slug] */
export const COUNTRIES: readonly (readonly [string, string, string, string])[] = [
  ['Indonesia', 'Indonesia', 'indonesia', 'INA'],
  ['Malaysia', 'Malaysia', 'malaysia', 'MAS'],
  ['Singapore', 'Singapura', 'singapore', 'SGP'],
  ['Thailand', 'Thailand', 'thailand', 'THA'],
  ['Philippines', 'Filipina', 'philippines', 'PHI'],
  ['Viet Nam', 'Vietnam', 'viet-nam', 'VNM'],
  ['Cambodia', 'Kamboja', 'cambodia', 'CAM'],
  ['Lao PDR', 'Laos', 'lao-pdr', 'LAO'],
  ['Myanmar', 'Myanmar', 'myanmar', 'MYA'],
  ['Brunei Darussalam', 'Brunei Darussalam', 'brunei-darussalam', 'BRU'],
  ['Timor-Leste', 'Timor Leste', 'timor-leste', 'TLS'],
];

export const CITIES = [
  'Jakarta', 'Bali', 'Yogyakarta', 'Surabaya', 'Labuan Bajo', 'Kuala Lumpur', 'Putrajaya', 'Penang', 'Singapore', 'Bangkok', 'Chiang Mai',
  'Manila', 'Cebu', 'Hanoi', 'Ha Long', 'Da Nang', 'Ho Chi Minh City', 'Phnom Penh', 'Siem Reap', 'Vientiane', 'Luang Prabang', 'Nay Pyi Taw',
  'Yangon', 'Bandar Seri Begawan', 'Dili', 'Makassar', 'Medan', 'Semarang', 'Bandung', 'Kota Kinabalu', 'Pattaya', 'Hue', 'Davao', 'Batam',
];

export const GIVEN = [
  'Retno', 'Dian', 'Budi', 'Siti', 'Agus', 'Ahmad', 'Nur', 'Sri', 'Dewi', 'Rizal', 'Hendra', 'Putri', 'Wahyu', 'Kao', 'Lim', 'Vivian', 'Teo',
  'Ong', 'Somchai', 'Suchada', 'Prayut', 'Thanakorn', 'Nguyen', 'Tran', 'Pham', 'Bui', 'Hoang', 'Maria', 'Jose', 'Ramon', 'Enrique', 'Teodoro',
  'Aung', 'Kyaw', 'Thant', 'Hun', 'Prak', 'Sok', 'Saleumxay', 'Thongloun', 'Hassanal', 'Erywan', 'Dato', 'Anwar', 'Zambry', 'Mohamad',
  'Chandra', 'Sidharto', 'Ade', 'Arrmanatha', 'Febrian', 'Kusuma', 'Yudha', 'Lestari', 'Indah', 'Fajar', 'Galih', 'Hadi', 'Iwan', 'Joko',
];
export const MIDDLE = ['', '', '', 'W.', 'R.', 'S.', 'A.', 'Kim', 'Bin', 'Binti', 'Van', 'Thi', 'Duc', 'Min', 'Eka', 'Dwi', 'Tri', 'Ayu', 'Nurul'];
export const FAMILY = [
  'Marsudi', 'Triansyah', 'Wibowo', 'Santoso', 'Hourn', 'Balakrishnan', 'Hwee', 'Sihasak', 'Chanthol', 'Sokhonn', 'Pratama', 'Nugroho',
  'Wijaya', 'Kurniawan', 'Hidayat', 'Rahman', 'Abdullah', 'Ismail', 'Tan', 'Lee', 'Goh', 'Wong', 'Phan', 'Vu', 'Dang', 'Le', 'Reyes', 'Santos',
  'Cruz', 'Manalo', 'Lazaro', 'Soe', 'Win', 'Myint', 'Oo', 'Kham', 'Vongsa', 'Phomvihane', 'Bolkiah', 'Yusof', 'Zulkifli', 'Haji', 'Saputra',
  'Siregar', 'Nasution', 'Lubis', 'Harahap', 'Situmorang', 'Sinaga', 'Simanjuntak', 'Tanjung', 'Lim', 'Chua', 'Ng', 'Ho', 'Pang', 'Suryadi',
];

export const ORG_TEMPLATES: readonly (readonly [string, string])[] = [
  ['ASEAN Centre for {T}', 'Pusat ASEAN untuk {T}'],
  ['{C} Ministry of {T}', 'Kementerian {T} {C}'],
  ['{C} National Agency for {T}', 'Badan Nasional {T} {C}'],
  ['ASEAN Secretariat Division of {T}', 'Divisi {T} Sekretariat ASEAN'],
  ['{C} Institute for {T} Studies', 'Lembaga Kajian {T} {C}'],
  ['ASEAN Network of {T} Agencies', 'Jejaring Lembaga {T} ASEAN'],
  ['{C} Directorate of {T}', 'Direktorat {T} {C}'],
  ['{C} Council on {T}', 'Dewan {T} {C}'],
];

export const DOC_TYPES: readonly (readonly [string, string, string])[] = [
  ['Blueprint', 'Cetak Biru', 'B'],
  ['Plan of Action', 'Rencana Aksi', 'PA'],
  ['Declaration', 'Deklarasi', 'D'],
  ['Framework', 'Kerangka Kerja', 'F'],
  ['Roadmap', 'Peta Jalan', 'R'],
  ['Work Plan', 'Rencana Kerja', 'WP'],
  ['Strategic Plan', 'Rencana Strategis', 'SP'],
  ['Master Plan', 'Rencana Induk', 'MP'],
  ['Guidelines', 'Pedoman', 'G'],
  ['Agreement', 'Persetujuan', 'A'],
  ['Joint Statement', 'Pernyataan Bersama', 'JS'],
  ['Leaders Statement', 'Pernyataan Para Pemimpin', 'LS'],
];

export const ROLES: readonly (readonly [string, string])[] = [
  ['Minister of {T}', 'Menteri {T}'],
  ['Director General of {T}', 'Direktur Jenderal {T}'],
  ['Senior Official for {T}', 'Pejabat Senior bidang {T}'],
  ['Director of {T}', 'Direktur {T}'],
  ['Deputy Secretary-General', 'Wakil Sekretaris Jenderal'],
  ['Ambassador to ASEAN', 'Duta Besar untuk ASEAN'],
  ['Head of {T} Division', 'Kepala Divisi {T}'],
];

/** Filler prose the drafts are made of. */
export const FILLER_ID = (
  'yang dan di dengan untuk pada ini dari dalam akan itu tidak oleh juga sebagai telah bahwa atau kerja sama para delegasi membahas ' +
  'upaya memperkuat kawasan negara anggota kesepakatan pembangunan berkelanjutan tantangan peluang bersama menegaskan komitmen ' +
  'pelaksanaan hasil laporan kemajuan rekomendasi mendorong peningkatan kapasitas tahun depan sidang berlangsung lancar pejabat ' +
  'pemerintah menyampaikan pandangan mengenai isu strategis prioritas keketuaan Indonesia pertemuan menyepakati langkah konkret'
).split(' ');
export const FILLER_EN = (
  'the and of to in is with for on that was by as at from be this which will are delegates discussed efforts to strengthen the region ' +
  'member states agreement sustainable development challenges opportunities reaffirmed commitment implementation outcomes progress ' +
  'report recommendations encouraged capacity building next year session proceeded smoothly officials government shared views on ' +
  'strategic issues priorities of the chairmanship meeting agreed concrete steps'
).split(' ');
