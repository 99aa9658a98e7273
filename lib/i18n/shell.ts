import { defineMessages } from './define';

/** Strings of the overlay shell drawn by the content script itself (kept tiny on purpose). */
export const shellMessages = defineMessages(
  {
    'shell.title': 'Pendamping Kinerja',
    'shell.collapse': 'Ciutkan panel Pendamping Kinerja',
    'shell.expand': 'Buka panel Pendamping Kinerja',
    'shell.unknownPage': 'Halaman tidak dikenali',
    'shell.recognised': 'Halaman: {page}',
    'shell.region': 'Panel Pendamping Kinerja',
    'shell.loading': 'Memuat panel…',
    'shell.moveLeft': 'Pindahkan panel ke kiri bawah',
    'shell.moveRight': 'Pindahkan panel ke kanan bawah',
  },
  {
    'shell.title': 'Pendamping Kinerja',
    'shell.collapse': 'Collapse the Pendamping Kinerja panel',
    'shell.expand': 'Open the Pendamping Kinerja panel',
    'shell.unknownPage': 'Page not recognised',
    'shell.recognised': 'Page: {page}',
    'shell.region': 'Pendamping Kinerja panel',
    'shell.loading': 'Loading panel…',
    'shell.moveLeft': 'Move the panel to the bottom left',
    'shell.moveRight': 'Move the panel to the bottom right',
  },
);
