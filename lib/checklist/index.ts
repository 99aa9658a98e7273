export * from './items';
export * from './proof';
