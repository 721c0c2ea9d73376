export declare const claimsSchema: {
    $id: string;
    title: string;
};
export declare const legalSchema: {
    $id: string;
    title: string;
};
export declare const brandSchema: {
    $id: string;
    title: string;
};
