export declare const releasesSchema: {
    $schema: string;
    $id: string;
    title: string;
};
