import { defineMessages } from './define';

/** Strings of the pill drawn by the content script itself (kept tiny on purpose), and the pill's controls in the side panel. */
export const shellMessages = defineMessages(
  {
    'shell.title': 'Pendamping Kinerja',
    'shell.expand': 'Buka panel samping Pendamping Kinerja',
    'shell.unknownPage': 'Halaman tidak dikenali',
    'shell.region': 'Pendamping Kinerja',
    'shell.stage.perencanaan': 'Perencanaan',
    'shell.stage.pelaksanaan': 'Pelaksanaan',
    'shell.stage.penilaian': 'Penilaian',
    'shell.daysLeft': '{n} hari lagi',
    'shell.lastDay': 'hari terakhir',
    'shell.moveLeft': 'Pindahkan tombol di halaman ke kiri bawah',
    'shell.moveRight': 'Pindahkan tombol di halaman ke kanan bawah',
  },
  {
    'shell.title': 'Pendamping Kinerja',
    'shell.expand': 'Open the Pendamping Kinerja side panel',
    'shell.unknownPage': 'Page not recognised',
    'shell.region': 'Pendamping Kinerja',
    'shell.stage.perencanaan': 'Planning',
    'shell.stage.pelaksanaan': 'Implementation',
    'shell.stage.penilaian': 'Assessment',
    'shell.daysLeft': '{n} days left',
    'shell.lastDay': 'last day',
    'shell.moveLeft': 'Move the button on the page to the bottom left',
    'shell.moveRight': 'Move the button on the page to the bottom right',
  },
);
