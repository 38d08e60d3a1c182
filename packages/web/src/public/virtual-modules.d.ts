/** One language's public catalog, written by the build (build/public-catalog.ts). */
declare module 'virtual:putokaz/public-catalog/*' {
  const catalog: Readonly<Record<string, string>>;
  export default catalog;
}
