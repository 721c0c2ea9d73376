export declare const campaignSchema: {
    $schema: string;
    $id: string;
    title: string;
};
