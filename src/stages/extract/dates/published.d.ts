interface PublishedInput {
    readonly text: string;
    readonly language: string;
    readonly segments: readonly {
        readonly start: number;
        readonly end: number;
        readonly kind: string;
    }[];
}
export interface Published {
    readonly value: string;
    readonly start: number;
    readonly end: number;
}
export declare function findPublishedDate(input: PublishedInput): Published | null;
export {};
