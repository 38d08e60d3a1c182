declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * What a caller needs to reach the route: `public` for the public app and operations endpoints, otherwise
     * a permission from the permission catalogue (added with staff sign-in).
     */
    permission?: string;
  }
}

export {};
