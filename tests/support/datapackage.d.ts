// The few parts of the Frictionless reference library (npm "datapackage", plain JavaScript
// without types) that the open-data tests call.
declare module "datapackage" {
  /** A resource of a loaded package. */
  export interface Resource {
    readonly name: string;
    /** Reads every row; with `relations`, checks the foreign keys and throws on a broken one. */
    read(options?: { relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  /** A loaded Data Package. */
  export class Package {
    /** Loads a descriptor (a file path or an object) whose resource paths are relative to `basePath`. */
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly resources: readonly Resource[];
  }
}
